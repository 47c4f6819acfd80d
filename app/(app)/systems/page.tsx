import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { SystemList } from "@/components/systems/system-list";

export default async function SystemsPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  const canWrite = can(actor.role, "catalog:write");
  return (
    <>
      <PageHeader title={m.systems.title} subtitle={m.systems.subtitle}
        actions={canWrite && <ButtonLink href="/systems/new">{m.systems.newSystem}</ButtonLink>} />
      <SystemList canWrite={canWrite} />
    </>
  );
}
