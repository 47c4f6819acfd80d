import "server-only";
import type { Tx } from "@/server/db";
import type { IncidentFacts } from "./incident-message";

export type IncidentContext = IncidentFacts & {
  state: string;
  /** The system's team now (escalation resolves from the CMDB when a step runs), else the incident's. */
  teamId: string | null;
  tier: number;
  technicalOwnerId: string | null;
};

/** The incident with what escalation needs of its system, or null when it does not exist. */
export async function readIncidentFacts(tx: Tx, incidentId: string): Promise<IncidentContext | null> {
  const incident = await tx.incident.findUnique({ where: { id: incidentId } });
  if (!incident) return null;
  const system = await tx.system.findUnique({
    where: { id: incident.systemId },
    select: { name: true, tier: true, teamId: true, technicalOwnerId: true },
  });
  const teamId = system?.teamId ?? incident.teamId;
  const team = teamId ? await tx.team.findUnique({ where: { id: teamId }, select: { name: true } }) : null;
  // What a person reads first: the summary of the incident's own most severe alert (symptoms aside).
  const lead = await tx.alert.findFirst({
    where: { incidentId, symptomPath: { isEmpty: true } }, orderBy: [{ severity: "asc" }, { firstSeenAt: "asc" }], select: { summary: true },
  });
  return {
    id: incident.id,
    number: incident.number,
    title: incident.title,
    summary: lead?.summary ?? "",
    severity: incident.severity,
    state: incident.state,
    systemName: system?.name ?? incident.systemId,
    teamName: team?.name ?? null,
    teamId,
    tier: system?.tier ?? 2,
    technicalOwnerId: system?.technicalOwnerId ?? null,
  };
}
