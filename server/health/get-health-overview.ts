import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { THealthCounts, THealthOverview, THealthOverviewQuery, THealthRow } from "@/lib/schemas/health-views";
import { getAtRiskSet } from "./get-at-risk-set";
import { atRiskSql, healthOverviewSql, SEVERITY, type AtRiskIds } from "./health-overview-sql";

export type GetHealthOverviewOptions = { query: THealthOverviewQuery };

type Row = Omit<THealthRow, "team" | "atRisk" | "since" | "lastSampleAt"> & {
  teamId: string | null; teamKey: string | null; teamName: string | null; since: Date | null; lastSampleAt: Date | null;
};
type CountRow = { groupId: string | null; groupKey: string | null; groupName: string | null; state: string; atRisk: number; n: number };

const ORDER: Record<string, Prisma.Sql> = {
  problem: Prisma.sql`${SEVERITY}, x."tier", h."since"`,
  name: Prisma.sql`x."name"`,
  tier: Prisma.sql`x."tier"`,
  since: Prisma.sql`h."since"`,
};

const emptyCounts = (): THealthCounts => ({ UP: 0, DEGRADED: 0, DOWN: 0, NO_DATA: 0, UNKNOWN: 0, AT_RISK: 0, total: 0 });

function addCount(counts: THealthCounts, row: CountRow) {
  counts[row.state as keyof THealthCounts] += row.n;
  counts.AT_RISK += row.atRisk;
  counts.total += row.n;
}

/** /health: counts by state, the problems (tier 0 and 1 first), a grid by team or layer, and the filtered, sorted page. */
export async function getHealthOverview({ query }: GetHealthOverviewOptions): Promise<THealthOverview> {
  const set = await getAtRiskSet();
  const { graph, traversal: t } = set;
  const system = query.subject === "SYSTEM";
  const atRiskIds = system ? Array.from(t.reached, (s) => graph.systems[s].id) : Array.from(t.edges, (e) => graph.interfaces[e].id);
  const atRisk = new Set(atRiskIds);
  const records = system ? graph.systems : graph.interfaces;
  const list: AtRiskIds = atRiskIds.length * 2 > records.length
    ? { ids: records.flatMap((r) => (atRisk.has(r.id) ? [] : [r.id])), complement: true }
    : { ids: atRiskIds, complement: false };
  const all = healthOverviewSql(query, list, false);
  const filtered = healthOverviewSql(query, list, true);
  const group = query.groupBy === "team"
    ? Prisma.sql`t."id" AS "groupId", t."key" AS "groupKey", t."name" AS "groupName"`
    : Prisma.sql`${all.layer}::text AS "groupId", NULL AS "groupKey", NULL AS "groupName"`;
  const desc = query.sort.startsWith("-");
  const order = Prisma.sql`${ORDER[query.sort.replace(/^-/, "")]} ${Prisma.raw(desc ? "DESC" : "ASC")} NULLS LAST, x."name", x."id"`;
  const columns = Prisma.sql`x."id", x."key", x."name", x."tier", ${filtered.layer}::text AS "layer", t."id" AS "teamId", t."key" AS "teamKey",
    t."name" AS "teamName", h."state"::text AS "state", h."since", h."lastSampleAt"`;

  const [counts, problems, rows, [{ total }]] = await Promise.all([
    db().$queryRaw<CountRow[]>`SELECT ${group}, coalesce(h."state"::text, 'UNKNOWN') AS "state",
        count(*) FILTER (WHERE ${atRiskSql(list)})::int AS "atRisk", count(*)::int AS n
      ${all.from} ${all.where} GROUP BY 1, 2, 3, 4`,
    db().$queryRaw<Row[]>`SELECT ${columns} ${filtered.from} ${filtered.where} AND h."state" IN ('DOWN', 'DEGRADED', 'NO_DATA')
      ORDER BY x."tier", ${SEVERITY}, h."since", x."id" LIMIT 20`,
    db().$queryRaw<Row[]>`SELECT ${columns} ${filtered.from} ${filtered.where}
      ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${filtered.from} ${filtered.where}`,
  ]);

  const estate = emptyCounts();
  const grid = new Map<string, THealthOverview["grid"][number]>();
  for (const row of counts) {
    addCount(estate, row);
    const key = row.groupId ?? "";
    let cell = grid.get(key);
    if (!cell) {
      const team = query.groupBy === "team" && row.groupId ? { id: row.groupId, key: row.groupKey!, name: row.groupName! } : null;
      const layer = query.groupBy === "layer" ? (row.groupId as THealthRow["layer"]) : null;
      grid.set(key, (cell = { team, layer, counts: emptyCounts() }));
    }
    addCount(cell.counts, row);
  }
  const toRow = ({ teamId, teamKey, teamName, since, lastSampleAt, ...row }: Row): THealthRow => ({
    ...row,
    team: teamId ? { id: teamId, key: teamKey!, name: teamName! } : null,
    since: since?.toISOString() ?? null,
    lastSampleAt: lastSampleAt?.toISOString() ?? null,
    atRisk: atRisk.has(row.id),
  });
  // Worst first: most DOWN, then DEGRADED, then the name.
  const cells = [...grid.values()].sort((a, b) => b.counts.DOWN - a.counts.DOWN || b.counts.DEGRADED - a.counts.DEGRADED
    || (a.team?.name ?? a.layer ?? "~").localeCompare(b.team?.name ?? b.layer ?? "~"));
  return {
    subject: query.subject, counts: estate, problems: problems.map(toRow), grid: cells,
    items: rows.map(toRow), total, page: query.page, pageSize: query.pageSize,
  };
}
