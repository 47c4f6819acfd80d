import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { StandardsTabs } from "@/components/standards/standards-tabs";
import { WaiverList } from "@/components/waivers/waiver-list";

// Everyone reads the waivers; requesters withdraw their own; admins (standards:manage) decide.
export default async function WaiversPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.waivers.title} subtitle={m.waivers.subtitle} />
      <StandardsTabs />
      <WaiverList isAdmin={can(actor.role, "standards:manage")} canWrite={can(actor.role, "catalog:write")} />
    </>
  );
}
