import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { THealthCounts, THealthOverview, THealthOverviewQuery, THealthRow } from "@/lib/schemas/health-views";
import { getAtRiskSet } from "./get-at-risk-set";
import { refSelect } from "@/server/shared/ref-select";
import { atRiskSql, healthOverviewSql, SEVERITY, type AtRiskIds } from "./health-overview-sql";

export type GetHealthOverviewOptions = { query: THealthOverviewQuery };

type Row = Omit<THealthRow, "team" | "atRisk" | "since" | "lastSampleAt"> & { teamId: string | null; since: Date | null; lastSampleAt: Date | null };
type CountRow = { groupId: string | null; state: string; atRisk: number; n: number };

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
  const byLayer = query.groupBy === "layer";
  const all = healthOverviewSql(query, list, false, byLayer);
  const filtered = healthOverviewSql(query, list, true);
  const group = byLayer ? Prisma.sql`${all.layer}::text` : Prisma.sql`x."teamId"`;
  const desc = query.sort.startsWith("-");
  const order = Prisma.sql`${ORDER[query.sort.replace(/^-/, "")]} ${Prisma.raw(desc ? "DESC" : "ASC")} NULLS LAST, x."name", x."id"`;
  const columns = Prisma.sql`x."id", x."key", x."name", x."tier", ${system ? Prisma.sql`x."layer"::text` : Prisma.sql`NULL`} AS "layer",
    x."teamId", h."state"::text AS "state", h."since", h."lastSampleAt"`;

  const [counts, problems, rows, [{ total }]] = await Promise.all([
    db().$queryRaw<CountRow[]>`SELECT ${group} AS "groupId", coalesce(h."state"::text, 'UNKNOWN') AS "state",
        count(*) FILTER (WHERE ${atRiskSql(list)})::int AS "atRisk", count(*)::int AS n
      ${all.from} ${all.where} GROUP BY 1, 2`,
    db().$queryRaw<Row[]>`SELECT ${columns} ${filtered.from} ${filtered.where} AND h."state" IN ('DOWN', 'DEGRADED', 'NO_DATA')
      ORDER BY x."tier", ${SEVERITY}, h."since", x."id" LIMIT 20`,
    db().$queryRaw<Row[]>`SELECT ${columns} ${filtered.from} ${filtered.where}
      ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${filtered.from} ${filtered.where}`,
  ]);
  // Team names for the rows shown and the grid's teams: one small read after the big ones.
  const teamIds = new Set([...rows, ...problems].flatMap((r) => (r.teamId ? [r.teamId] : [])));
  if (!byLayer) for (const c of counts) if (c.groupId) teamIds.add(c.groupId);
  const teams = new Map((teamIds.size ? await db().team.findMany({ where: { id: { in: [...teamIds] } }, select: refSelect }) : []).map((x) => [x.id, x]));

  const estate = emptyCounts();
  const grid = new Map<string, THealthOverview["grid"][number]>();
  for (const row of counts) {
    addCount(estate, row);
    const key = row.groupId ?? "";
    let cell = grid.get(key);
    if (!cell) {
      const team = !byLayer && row.groupId ? (teams.get(row.groupId) ?? null) : null;
      grid.set(key, (cell = { team, layer: byLayer ? (row.groupId as THealthRow["layer"]) : null, counts: emptyCounts() }));
    }
    addCount(cell.counts, row);
  }
  // An interface's layer is its provider's, from the graph (not joined for every interface).
  const layerOf = (id: string, own: THealthRow["layer"]) =>
    system ? own : ((i) => (i === undefined ? null : graph.systems[graph.interfaces[i].provider].layer))(graph.interfaceIndex.get(id));
  const toRow = ({ teamId, since, lastSampleAt, ...row }: Row): THealthRow => ({
    ...row,
    layer: layerOf(row.id, row.layer),
    team: (teamId && teams.get(teamId)) || null,
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
