import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/http/app-error";
import { ALERT_VIEWS, type TIncidentDetail } from "@/lib/schemas/alert-views";
import { INCIDENT_COLUMNS, INCIDENT_JOINS, toIncidentRow, type IncidentRowRaw } from "./incident-row-sql";
import { listAlerts } from "./list-alerts";
import { readIncidentPeople } from "./read-incident-people";
import { readIncidentTimeline } from "./read-incident-timeline";

export type GetIncidentOptions = { actor: Actor; id: string };

/** An incident by id or number (`#12` or `12`), with its alerts, root-cause hint, people and timeline. */
export async function getIncident({ actor, id }: GetIncidentOptions): Promise<TIncidentDetail> {
  const number = /^#?\d{1,9}$/.test(id) ? Number(id.replace("#", "")) : -1;
  const [raw] = await db().$queryRaw<(IncidentRowRaw & { systemId: string; teamId: string | null })[]>`
    SELECT ${INCIDENT_COLUMNS}, n."systemId", n."teamId" FROM "Incident" n ${INCIDENT_JOINS}
     WHERE n."id" = ${id} OR n."number" = ${number}`;
  if (!raw) throw AppError.notFound("incident");
  const { systemId, teamId, ...row } = raw;
  const [alerts, paths, escalation, contacts] = await Promise.all([
    listAlerts({ actor, query: { incidentId: row.id, view: [...ALERT_VIEWS], page: 1, pageSize: 200, sort: "severity" } }),
    db().alert.findMany({ where: { incidentId: row.id, NOT: { symptomPath: { isEmpty: true } } }, select: { id: true, title: true, symptomPath: true }, take: 200 }),
    db().incidentEscalation.findUnique({ where: { incidentId: row.id } }),
    readIncidentPeople({ systemId, teamId }),
  ]);
  const pathIds = [...new Set(paths.flatMap((p) => p.symptomPath))];
  const [systems, policy] = await Promise.all([
    db().system.findMany({ where: { id: { in: pathIds } }, select: { id: true, key: true, name: true } }),
    escalation ? db().escalationPolicy.findUnique({ where: { id: escalation.policyId }, select: { name: true } }) : null,
  ]);
  const ref = new Map(systems.map((s) => [s.id, s]));
  const timeline = await readIncidentTimeline({
    incidentId: row.id,
    alertIds: alerts.items.map((a) => a.id),
    systemIds: [systemId, ...pathIds],
    from: raw.openedAt,
    to: raw.resolvedAt ?? new Date(),
  });
  return {
    ...toIncidentRow(row),
    alertList: alerts.items,
    rootCause: paths.map((p) => ({ alertId: p.id, title: p.title, path: p.symptomPath.map((s) => ref.get(s)).filter((s) => s !== undefined) })),
    ...contacts,
    escalation: escalation && {
      policy: policy?.name ?? "",
      step: escalation.step,
      round: escalation.round,
      nextAt: escalation.nextAt?.toISOString() ?? null,
      stoppedAt: escalation.stoppedAt?.toISOString() ?? null,
      stopReason: escalation.stopReason,
    },
    timeline,
  };
}
