import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ImportTabs } from "@/components/interop/import-tabs";
import { ExportPanel } from "@/components/interop/export-panel";

export default async function ExportPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.interop.title} subtitle={m.interop.subtitle} />
      <ImportTabs />
      <ExportPanel />
    </>
  );
}
