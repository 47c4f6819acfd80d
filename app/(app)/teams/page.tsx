import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { TeamList } from "@/components/teams/team-list";

export default async function TeamsPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  const canWrite = can(actor.role, "catalog:write");
  return (
    <>
      <PageHeader title={m.teams.title} subtitle={m.teams.subtitle}
        actions={canWrite && <ButtonLink href="/teams/new">{m.teams.newTeam}</ButtonLink>} />
      <TeamList canWrite={canWrite} />
    </>
  );
}
