import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { TokensView } from "@/components/tokens/tokens-view";

export default async function TokensPage() {
  const actor = await requirePage("self:manage");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.tokens.title} subtitle={m.tokens.subtitle} />
      <TokensView />
    </>
  );
}
