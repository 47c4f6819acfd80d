import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { DeliveriesView } from "@/components/notify/deliveries-view";
import { AlertsTabs } from "@/components/alerts/alerts-tabs";

// Everyone may read the delivery log; retrying a dead letter is the admins' (alerts:manage).
export default async function DeliveriesPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.notify.deliveries.title} subtitle={m.notify.deliveries.subtitle} />
      <AlertsTabs />
      <DeliveriesView canRetry={can(actor.role, "alerts:manage")} />
    </>
  );
}
