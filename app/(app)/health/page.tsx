import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { HealthTabs } from "@/components/health-reports/health-tabs";
import { HealthView } from "@/components/health/health-view";

// Everyone who reads the catalogue reads its health; nothing here changes anything.
export default async function HealthPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.health.title} subtitle={m.health.subtitle} />
      <HealthTabs />
      <HealthView />
    </>
  );
}
