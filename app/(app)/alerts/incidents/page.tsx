import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { AlertsTabs } from "@/components/alerts/alerts-tabs";
import { IncidentList } from "@/components/alerts/incident-list";

export default async function IncidentsPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.alerts.incidentsTitle} subtitle={m.alerts.incidentsSubtitle} />
      <AlertsTabs />
      <IncidentList />
    </>
  );
}
