import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ChannelsView } from "@/components/notify/channels-view";

// Admins only: channel URLs can carry keys (Slack, WeCom), so even reading them is alerts:manage.
export default async function ChannelsPage() {
  const actor = await requirePage("alerts:manage");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.notify.channels.title} subtitle={m.notify.channels.subtitle} />
      <ChannelsView />
    </>
  );
}
