import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { AlertsTabs } from "@/components/alerts/alerts-tabs";
import { AlertReports } from "@/components/alerts/alert-reports";

export default async function AlertReportsPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.alerts.reportsTitle} subtitle={m.alerts.reports.subtitle} />
      <AlertsTabs />
      <AlertReports />
    </>
  );
}
