import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { HealthTabs } from "@/components/health-reports/health-tabs";
import { SlaView } from "@/components/sla/sla-view";

// Everyone who reads the catalogue reads the report; objectives are changed in the interface form.
export default async function SlaPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.sla.title} subtitle={m.sla.subtitle} />
      <HealthTabs />
      <SlaView />
    </>
  );
}
