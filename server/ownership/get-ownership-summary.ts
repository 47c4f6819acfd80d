import "server-only";
import type { TOwnershipSummary } from "@/lib/schemas/ownership";
import { compareC } from "./ownership-rules";
import { computeScore } from "./compute-score";
import { countFindings } from "./count-findings";
import { deriveSubjectFindings } from "./derive-subject-findings";
import { readOwnershipFacts } from "./read-ownership-facts";
import type { RecordGroup } from "./read-record-groups";

export type GetOwnershipSummaryOptions = { teamId?: string | null };

type Row = TOwnershipSummary["byTeam"][number];

/**
 * The managers' view: score and counts, and per answerable team its score and number of
 * findings — one row per team answering for records, plus (unfiltered) one for the records with
 * no team. Worst first: lowest score, then most findings, then name. Teams that answer for no
 * record have no score; their team findings still count in `counts`. Derived from the same
 * facts as /ownership/gaps, shared while the database is unchanged (read-ownership-facts.ts).
 */
export async function getOwnershipSummary({ teamId = null }: GetOwnershipSummaryOptions = {}): Promise<TOwnershipSummary> {
  const { groups, teams, busFactor } = await readOwnershipFacts({ teamId });
  const subjects = deriveSubjectFindings({ teams, groups, busFactor, teamId });
  const teamRefs = new Map(teams.map((t) => [t.id, { id: t.id, key: t.key, name: t.name }]));

  const groupsByTeam = new Map<string | null, RecordGroup[]>();
  for (const g of groups) groupsByTeam.set(g.teamId, [...(groupsByTeam.get(g.teamId) ?? []), g]);
  if (!teamId && !groupsByTeam.has(null)) groupsByTeam.set(null, []);
  const subjectFindings = new Map<string | null, number>();
  for (const s of subjects) subjectFindings.set(s.teamId, (subjectFindings.get(s.teamId) ?? 0) + 1);

  const byTeam: Row[] = [];
  for (const [id, own] of groupsByTeam) {
    const team = id ? teamRefs.get(id) : null;
    if (id && !team) continue; // deleted between the two reads
    const recordFindings = own.reduce((n, g) => n + g.unowned + g.deactivated + g.stale, 0);
    const findings = recordFindings + (subjectFindings.get(id) ?? 0);
    byTeam.push({ team: team ?? null, score: computeScore(own), findings });
  }
  byTeam.sort((a, b) => a.score.score - b.score.score || b.findings - a.findings || compareC(a.team?.name ?? "\uffff", b.team?.name ?? "\uffff"));
  return { score: computeScore(groups), counts: countFindings({ groups, subjects }), byTeam };
}
