import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/catalog/breadcrumb";
import { TeamForm } from "@/components/teams/team-form";

export default async function NewTeamPage() {
  const actor = await requirePage("catalog:write");
  const { m } = await getMessages(actor);
  return (
    <>
      <BackLink href="/teams" label={m.teams.detail.breadcrumb} />
      <PageHeader title={m.teams.form.createTitle} />
      <TeamForm />
    </>
  );
}
