import "server-only";
import { GAP_RULES, type TGapQuery, type TOwnershipGaps } from "@/lib/schemas/ownership";
import { TIERS_OF_SEVERITY, isRecordRule } from "./ownership-rules";
import { cacheBySnapshot } from "@/server/shared/cache-by-snapshot";
import { compareGapRows } from "./gap-row";
import { computeScore } from "./compute-score";
import { countFindings } from "./count-findings";
import { deriveSubjectFindings } from "./derive-subject-findings";
import { hydrateFindings } from "./hydrate-findings";
import { listRecordFindings } from "./list-record-findings";
import { readOwnershipFacts } from "./read-ownership-facts";

export type GetOwnershipGapsOptions = { query: TGapQuery };

/**
 * The score, the count of every rule and one page of findings. Counts and score come from
 * per-team aggregates computed in PostgreSQL (read-ownership-facts.ts); the page merges the first
 * findings about records (sorted and limited in SQL) with the team and person findings, which
 * are few. Only the page's ≤ 200 findings are then read in detail. Answers are reused while the
 * database is unchanged (cache-by-snapshot.ts).
 */
export async function getOwnershipGaps({ query }: GetOwnershipGapsOptions): Promise<TOwnershipGaps> {
  const key = `gaps:${query.teamId ?? ""}:${query.rule ?? ""}:${query.severity ?? ""}:${query.page}:${query.pageSize}`;
  return cacheBySnapshot(key, () => computeOwnershipGaps(query));
}

async function computeOwnershipGaps(query: TGapQuery): Promise<TOwnershipGaps> {
  const teamId = query.teamId ?? null;
  const rules = query.rule ? [query.rule] : [...GAP_RULES];
  const tiers = query.severity ? TIERS_OF_SEVERITY[query.severity] : null;
  const offset = (query.page - 1) * query.pageSize;
  const end = offset + query.pageSize;
  const [{ settings, groups, teams, busFactor }, recordRows] = await Promise.all([
    readOwnershipFacts({ teamId }),
    listRecordFindings({ teamId, rules: rules.filter(isRecordRule), tiers, limit: end }),
  ]);
  const subjects = deriveSubjectFindings({ teams, groups, busFactor, teamId });
  const wanted = subjects.filter((s) => rules.includes(s.rule) && (!tiers || tiers.includes(s.sortTier)));
  const page = [...wanted, ...recordRows].sort(compareGapRows).slice(offset, end);
  const total = countFindings({ groups, subjects, tiers: tiers ?? undefined })
    .filter((c) => rules.includes(c.rule))
    .reduce((sum, c) => sum + c.findings, 0);
  return {
    settings,
    score: computeScore(groups),
    counts: countFindings({ groups, subjects }),
    findings: { items: await hydrateFindings(page), total, page: query.page, pageSize: query.pageSize },
  };
}
