import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { EscalationView } from "@/components/notify/escalation-view";

// Everyone may read who gets paged; admins (alerts:manage) change it.
export default async function EscalationPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.notify.escalation.title} subtitle={m.notify.escalation.subtitle} />
      <EscalationView canManage={can(actor.role, "alerts:manage")} />
    </>
  );
}
