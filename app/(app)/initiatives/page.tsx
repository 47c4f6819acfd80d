import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { InitiativeList } from "@/components/initiatives/initiative-list";

// Everyone reads the initiatives; admins (standards:manage) start and change them.
export default async function InitiativesPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  const canManage = can(actor.role, "standards:manage");
  return (
    <>
      <PageHeader title={m.initiatives.title} subtitle={m.initiatives.subtitle}
        actions={canManage && <ButtonLink href="/initiatives/new">{m.initiatives.newInitiative}</ButtonLink>} />
      <InitiativeList canManage={canManage} />
    </>
  );
}
