import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { AlertsTabs } from "@/components/alerts/alerts-tabs";
import { MappingPage } from "@/components/alerts-admin/mapping-page";

// Everyone reads; engineers and admins (alerts:respond) change them, checked again by the API.
export default async function AlertMappingPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.alertsAdmin.mapping.title} subtitle={m.alertsAdmin.mapping.subtitle} />
      <AlertsTabs />
      <MappingPage canWrite={can(actor.role, "alerts:respond")} />
    </>
  );
}
