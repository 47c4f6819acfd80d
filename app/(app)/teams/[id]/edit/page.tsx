import { requirePage } from "@/server/auth/require-page";
import { TeamEdit } from "@/components/teams/team-edit";

export default async function EditTeamPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePage("catalog:write");
  const { id } = await params;
  return <TeamEdit id={id} />;
}
