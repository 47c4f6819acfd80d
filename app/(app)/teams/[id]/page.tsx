import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { TeamDetail } from "@/components/teams/team-detail";

export default async function TeamPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("catalog:read");
  const { id } = await params;
  return <TeamDetail id={id} canWrite={can(actor.role, "catalog:write")} />;
}
