import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/catalog/breadcrumb";
import { InterfaceNew } from "@/components/interfaces/interface-new";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);

export default async function NewInterfacePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("catalog:write");
  const { m } = await getMessages(actor);
  const sp = await searchParams;
  return (
    <>
      <BackLink href="/interfaces" label={m.interfaces.detail.breadcrumb} />
      <PageHeader title={m.interfaces.form.createTitle} />
      <InterfaceNew providerId={one(sp.provider)} consumerId={one(sp.consumer)} />
    </>
  );
}
