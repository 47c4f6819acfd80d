import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { IngestionView } from "@/components/ingestion/ingestion-view";

export default async function IngestionPage() {
  const actor = await requirePage("users:manage");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.ingestion.title} subtitle={m.ingestion.subtitle} />
      <IngestionView />
    </>
  );
}
