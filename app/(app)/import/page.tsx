import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ImportTabs } from "@/components/interop/import-tabs";
import { BackstageImport } from "@/components/interop/backstage-import";

// Everyone who reads the catalog may open it; importing (catalog:write) is checked again by the API.
export default async function ImportPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.interop.title} subtitle={m.interop.subtitle} />
      <ImportTabs />
      <BackstageImport canWrite={can(actor.role, "catalog:write")} />
    </>
  );
}
