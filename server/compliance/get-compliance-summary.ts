import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { TComplianceSummary, TGroupSummary } from "@/lib/schemas/compliance";
import type { TSubjectType } from "@/lib/schemas/enums";
import { complianceFrom } from "./compliance-row-sql";
import { readStandardRefs } from "./read-standard-refs";
import { settleAllCompliance } from "./settle-compliance";
import { cacheBySnapshot } from "@/server/shared/cache-by-snapshot";

export type GetComplianceSummaryOptions = { subject: TSubjectType };

type GroupRow = { group: string | null; teamKey: string | null; teamName: string | null; level: string; records: number; scoreSum: number };

function fold(rows: GroupRow[]): Map<string | null, TGroupSummary & { teamKey: string | null; teamName: string | null; scoreSum: number }> {
  const out = new Map<string | null, TGroupSummary & { teamKey: string | null; teamName: string | null; scoreSum: number }>();
  for (const r of rows) {
    const g = out.get(r.group) ?? { records: 0, score: 0, scoreSum: 0, teamKey: r.teamKey, teamName: r.teamName, levels: { NONE: 0, BRONZE: 0, SILVER: 0, GOLD: 0, NOT_RATED: 0 } };
    g.records += r.records;
    g.scoreSum += r.scoreSum;
    g.levels[r.level as keyof TGroupSummary["levels"]] += r.records;
    out.set(r.group, g);
  }
  for (const g of out.values()) g.score = g.records ? Math.round(g.scoreSum / g.records) : 0;
  return out;
}

const strip = ({ teamKey: _k, teamName: _n, scoreSum: _s, ...g }: TGroupSummary & { teamKey: unknown; teamName: unknown; scoreSum: unknown }) => g;

/** Levels and mean scores for the estate, per team and per layer, and pass/fail counts per standard. */
export async function getComplianceSummary({ subject }: GetComplianceSummaryOptions): Promise<TComplianceSummary> {
  await settleAllCompliance();
  // Aggregates over every record: kept until the database changes (server/shared/cache-by-snapshot.ts).
  return cacheBySnapshot(`compliance-summary:${subject}`, () => summarise(subject));
}

async function summarise(subject: TSubjectType): Promise<TComplianceSummary> {
  const from = complianceFrom({ subject }, true);
  // Interfaces are counted under their provider's layer.
  const layer = subject === "SYSTEM" ? Prisma.sql`x."layer"::text` : Prisma.sql`p."layer"::text`;
  const [byTeamRows, byLayerRows, byStandardRows, standards] = await Promise.all([
    db().$queryRaw<GroupRow[]>`SELECT t."id" AS "group", t."key" AS "teamKey", t."name" AS "teamName", r."level"::text AS "level",
        count(*)::int AS "records", sum(r."score")::int AS "scoreSum" ${from} GROUP BY 1, 2, 3, 4`,
    db().$queryRaw<GroupRow[]>`SELECT ${layer} AS "group", NULL AS "teamKey", NULL AS "teamName", r."level"::text AS "level",
        count(*)::int AS "records", sum(r."score")::int AS "scoreSum" ${from} GROUP BY 1, 4`,
    db().$queryRaw<{ standardId: string; status: string; n: number }[]>`SELECT e.key AS "standardId", e.value AS "status", count(*)::int AS n
        FROM "ComplianceRecord" r, jsonb_each_text(r."results") e WHERE r."subjectType" = ${subject}::"SubjectType" GROUP BY 1, 2`,
    readStandardRefs({ appliesTo: subject }),
  ]);
  const teams = fold(byTeamRows);
  const layers = fold(byLayerRows);
  const estate = fold(byLayerRows.map((r) => ({ ...r, group: "" }))).get("") ?? { records: 0, score: 0, levels: { NONE: 0, BRONZE: 0, SILVER: 0, GOLD: 0, NOT_RATED: 0 }, teamKey: null, teamName: null, scoreSum: 0 };
  const counts = new Map<string, { pass: number; fail: number; waived: number }>();
  for (const r of byStandardRows) {
    const c = counts.get(r.standardId) ?? { pass: 0, fail: 0, waived: 0 };
    if (r.status === "PASS") c.pass += r.n;
    else if (r.status === "WAIVED") c.waived += r.n;
    else c.fail += r.n;
    counts.set(r.standardId, c);
  }
  return {
    subject,
    estate: strip(estate),
    byTeam: [...teams].map(([id, g]) => ({ ...strip(g), team: id ? { id, key: g.teamKey!, name: g.teamName! } : null }))
      .sort((a, b) => a.score - b.score || (a.team?.name ?? "").localeCompare(b.team?.name ?? "")),
    byLayer: [...layers].map(([l, g]) => ({ ...strip(g), layer: l ?? "" })).sort((a, b) => a.layer.localeCompare(b.layer)),
    byStandard: standards.map((standard) => {
      const c = counts.get(standard.id) ?? { pass: 0, fail: 0, waived: 0 };
      return { standard, ...c, notApplicable: estate.records - c.pass - c.fail - c.waived };
    }),
  };
}
