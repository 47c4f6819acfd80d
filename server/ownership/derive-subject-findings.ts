import "server-only";
import type { TGapRule } from "@/lib/schemas/ownership";
import { NO_TIER } from "./ownership-rules";
import type { GapRow } from "./gap-row";
import type { BusFactorPerson } from "./read-bus-factor";
import type { RecordGroup } from "./read-record-groups";
import type { TeamFacts } from "./read-team-facts";

export type DeriveSubjectFindingsOptions = {
  teams: readonly TeamFacts[];
  groups: readonly RecordGroup[];
  busFactor: readonly BusFactorPerson[];
  /** Keep only findings answerable by this team. */
  teamId: string | null;
};

type TeamRecords = { tier: number; records: number; recent: boolean; lastActivityAt: Date | null };

function recordsByTeam(groups: readonly RecordGroup[]): Map<string, TeamRecords> {
  const byTeam = new Map<string, TeamRecords>();
  for (const g of groups) {
    if (!g.teamId || g.records === 0) continue;
    const t = byTeam.get(g.teamId) ?? { tier: NO_TIER, records: 0, recent: false, lastActivityAt: null };
    t.tier = Math.min(t.tier, g.tier);
    t.records += g.records;
    t.recent ||= g.recent;
    t.lastActivityAt = latest(t.lastActivityAt, g.lastActivityAt);
    byTeam.set(g.teamId, t);
  }
  return byTeam;
}

const latest = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a > b ? a : b);

// Teams and people have no tier of their own, nothing "missing" and no deactivated owners.
const subjectDefaults = (): Pick<GapRow, "tier" | "missing" | "offOwners" | "person" | "recordsTotal" | "lastActivityAt"> => ({
  tier: null, missing: [], offOwners: [], person: null, recordsTotal: 0, lastActivityAt: null,
});

/**
 * The findings about teams (no active member, no lead, quiet) and people (bus factor), from the
 * aggregated facts: a few hundred rows at most, so they are judged here rather than in SQL.
 */
export function deriveSubjectFindings({ teams, groups, busFactor, teamId }: DeriveSubjectFindingsOptions): GapRow[] {
  const owned = recordsByTeam(groups);
  const rows: GapRow[] = [];
  for (const team of teams) {
    if (teamId && team.id !== teamId) continue;
    const records = owned.get(team.id);
    const subject = { subjectType: "TEAM" as const, id: team.id, key: team.key, name: team.name, sortTier: records?.tier ?? NO_TIER, teamId: team.id };
    const add = (rule: TGapRule, extra: Partial<GapRow> = {}) => rows.push({ ...subjectDefaults(), ...subject, rule, ...extra });
    if (!team.live) add("team-no-active-member");
    if (!team.led) add("team-no-lead");
    if (team.members > 0 && !team.loginRecent && !records?.recent) {
      add("quiet-team", {
        recordsTotal: records?.records ?? 0,
        lastActivityAt: latest(team.lastLoginAt, records?.lastActivityAt ?? null),
      });
    }
  }
  for (const p of busFactor) {
    if (teamId && p.teamId !== teamId) continue;
    rows.push({
      ...subjectDefaults(), rule: "bus-factor", subjectType: "USER", id: p.id, key: null, name: p.name, sortTier: p.tier,
      teamId: p.teamId, recordsTotal: p.systems,
      person: { id: p.id, name: p.name, email: p.email, active: p.active },
    });
  }
  return rows;
}
