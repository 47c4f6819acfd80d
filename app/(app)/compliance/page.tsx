import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ComplianceView } from "@/components/compliance/compliance-view";

// Everyone who reads the catalogue reads the results; nothing here changes anything.
export default async function CompliancePage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.compliance.title} subtitle={m.compliance.subtitle} />
      <ComplianceView />
    </>
  );
}
