import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ImportTabs } from "@/components/interop/import-tabs";
import { SpreadsheetImport } from "@/components/interop/spreadsheet-import";

export default async function SpreadsheetImportPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.interop.title} subtitle={m.interop.subtitle} />
      <ImportTabs />
      <SpreadsheetImport canWrite={can(actor.role, "catalog:write")} />
    </>
  );
}
