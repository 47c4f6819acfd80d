import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { AlertsTabs } from "@/components/alerts/alerts-tabs";
import { SilenceList } from "@/components/alerts-admin/silence-list";

// Everyone reads; engineers and admins (alerts:respond) change them, checked again by the API.
export default async function AlertSilencePage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.alertsAdmin.silences.title} subtitle={m.alertsAdmin.silences.subtitle} />
      <AlertsTabs />
      <SilenceList canWrite={can(actor.role, "alerts:respond")} />
    </>
  );
}
