import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { AlertsTabs } from "@/components/alerts/alerts-tabs";
import { AlertInbox } from "@/components/alerts/alert-inbox";

// What I own: as technical owner, through my teams, or assigned to me.
export default async function MyAlertsPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.alerts.mineTitle} subtitle={m.alerts.mineSubtitle} />
      <AlertsTabs />
      <AlertInbox canWrite={can(actor.role, "alerts:respond")} mine />
    </>
  );
}
