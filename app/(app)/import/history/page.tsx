import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ImportTabs } from "@/components/interop/import-tabs";
import { BatchHistory } from "@/components/interop/batch-history";

export default async function ImportHistoryPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.interop.title} subtitle={m.interop.subtitle} />
      <ImportTabs />
      <BatchHistory />
    </>
  );
}
