import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { InterfaceList } from "@/components/interfaces/interface-list";

export default async function InterfacesPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  const canWrite = can(actor.role, "catalog:write");
  return (
    <>
      <PageHeader title={m.interfaces.title} subtitle={m.interfaces.subtitle}
        actions={canWrite && <ButtonLink href="/interfaces/new">{m.interfaces.newInterface}</ButtonLink>} />
      <InterfaceList canWrite={canWrite} />
    </>
  );
}
