import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { IncidentDetail } from "@/components/alerts/incident-detail";

// By number (/alerts/incidents/12) or id; engineers and admins acknowledge and resolve here.
export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("catalog:read");
  const { id } = await params;
  return <IncidentDetail id={id} canWrite={can(actor.role, "alerts:respond")} />;
}
