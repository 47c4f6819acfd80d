import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { Dashboard } from "@/components/dashboard/dashboard";

// The home page for everyone, and the only landing page for viewers: read-only throughout.
export default async function DashboardPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.common.nav.dashboard} subtitle={m.dashboard.subtitle} />
      <Dashboard />
    </>
  );
}
