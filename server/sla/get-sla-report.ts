import "server-only";
import { db } from "@/server/db";
import type { TSlaInterface, TSlaQuery, TSlaReport } from "@/lib/schemas/sla";
import { groupBy } from "@/lib/group-by";
import { measureFreshness, monthWindow } from "@/lib/sla/freshness";
import { readSlaMeasures, slaTeamFilter, type SlaHours, type SlaRun } from "./read-sla-measures";

export type GetSlaReportOptions = { query: TSlaQuery; now?: Date };

type ObjectiveRow = {
  id: string; key: string; name: string; tier: number;
  availability: number | null; latency: number | null; freshness: number | null;
  teamId: string | null; teamKey: string | null; teamName: string | null;
};

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

function availabilityOf(target: number, h: SlaHours | undefined): TSlaInterface["availability"] {
  const total = h ? h.up + h.degraded + h.down : 0;
  if (!h || total === 0) return { target, measured: null, met: null, budgetLeft: null, downMinutes: null };
  const measured = round((1 - h.down / total) * 100, 4);
  const allowed = 1 - target / 100;
  return {
    target, measured, met: measured >= target,
    budgetLeft: allowed > 0 ? round(1 - h.down / total / allowed, 4) : null,
    downMinutes: round((h.down / total) * h.statusHours * 60, 1),
  };
}

function latencyOf(target: number, h: SlaHours | undefined): TSlaInterface["latency"] {
  if (!h || h.p95 === null) return { target, measured: null, met: null, hoursOver: 0 };
  return { target, measured: round(h.p95, 1), met: h.p95 <= target, hoursOver: h.hoursOver };
}

function freshnessOf(target: number, runs: SlaRun[], from: Date, to: Date): TSlaInterface["freshness"] {
  const r = measureFreshness(runs.map((x) => ({ endedAt: x.endedAt.getTime(), freshAt: x.freshAt.getTime() })), from.getTime(), to.getTime(), target * 60_000);
  if (r.measuredMs === 0) return { target, measured: null, met: null, staleMinutes: 0 };
  return { target, measured: round(1 - r.staleMs / r.measuredMs, 4), met: r.staleMs === 0, staleMinutes: round(r.staleMs / 60_000, 1) };
}

/** Every interface with an objective, measured over the month, and how each team did. */
export async function getSlaReport({ query, now = new Date() }: GetSlaReportOptions): Promise<TSlaReport> {
  const month = query.month ?? now.toISOString().slice(0, 7);
  const { from, to } = monthWindow(month, now);
  const objectives = await db().$queryRaw<ObjectiveRow[]>`
    SELECT i."id", i."key", i."name", i."tier", i."sloAvailabilityPct" AS "availability", i."sloLatencyP95Ms" AS "latency",
           i."sloFreshnessMinutes" AS "freshness", t."id" AS "teamId", t."key" AS "teamKey", t."name" AS "teamName"
      FROM "Interface" i JOIN "System" p ON p."id" = i."providerSystemId"
      LEFT JOIN "Team" t ON t."id" = coalesce(i."teamId", p."teamId")
     WHERE (i."sloAvailabilityPct" IS NOT NULL OR i."sloLatencyP95Ms" IS NOT NULL OR i."sloFreshnessMinutes" IS NOT NULL)
       ${slaTeamFilter(query.teamId)}`;
  const { hours, runs } = await readSlaMeasures({
    ids: objectives.filter((o) => o.availability !== null || o.latency !== null).map((o) => o.id),
    freshnessIds: objectives.filter((o) => o.freshness !== null).map((o) => o.id),
    from, to,
  });
  const hoursOf = new Map(hours.map((h) => [h.subjectId, h]));
  const runsOf = groupBy(runs, (r) => r.subjectId);
  const all = objectives.map((o): TSlaInterface => {
    const h = hoursOf.get(o.id);
    const row = {
      id: o.id, key: o.key, name: o.name, tier: o.tier,
      team: o.teamId ? { id: o.teamId, key: o.teamKey!, name: o.teamName! } : null,
      availability: o.availability === null ? null : availabilityOf(o.availability, h),
      latency: o.latency === null ? null : latencyOf(o.latency, h),
      freshness: o.freshness === null ? null : freshnessOf(o.freshness, runsOf.get(o.id) ?? [], from, to),
    };
    return { ...row, breached: [row.availability, row.latency, row.freshness].some((x) => x?.met === false) };
  });
  all.sort((a, b) => Number(b.breached) - Number(a.breached) || a.tier - b.tier || a.key.localeCompare(b.key));
  return {
    month, from: from.toISOString(), to: to.toISOString(),
    interfaces: query.breached ? all.filter((i) => i.breached) : all,
    teams: teamsOf(all),
  };
}

function teamsOf(rows: TSlaInterface[]): TSlaReport["teams"] {
  const byTeam = groupBy(rows, (r) => r.team?.id ?? "");
  return [...byTeam.values()].map((list) => {
    const judged = list.filter((r) => [r.availability, r.latency, r.freshness].some((x) => x?.met !== null && x !== null));
    const breached = list.filter((r) => r.breached).length;
    const met = judged.length - breached;
    return { team: list[0].team, interfaces: list.length, met, breached, noData: list.length - judged.length, attainment: judged.length ? met / judged.length : null };
  }).sort((a, b) => b.breached - a.breached || (a.team?.name ?? "~").localeCompare(b.team?.name ?? "~"));
}
