import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { AlertsTabs } from "@/components/alerts/alerts-tabs";
import { AlertInbox } from "@/components/alerts/alert-inbox";

// Everyone reads alerts; engineers and admins (alerts:respond) act on them, checked again by the API.
export default async function AlertsPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.alerts.title} subtitle={m.alerts.subtitle} />
      <AlertsTabs />
      <AlertInbox canWrite={can(actor.role, "alerts:respond")} />
    </>
  );
}
