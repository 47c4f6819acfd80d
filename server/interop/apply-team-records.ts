import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { TApplyRequest, TImportProblem, TImportRecords, TImportResult } from "@/lib/schemas/interop";
import { importRecords } from "./import-records";

export type ApplyTeamRecordsOptions = { actor: Actor; request: TApplyRequest };

type Owned = { key: string; team?: string | null; origin?: { file: string; line?: number } };

/**
 * `junction apply`: the file is one team's desired state. Its systems and interfaces belong to that
 * team (those without a team get it; another team's are problems, never written), teams other than
 * it are refused, and with prune the team's records the file leaves out are deleted.
 */
export async function applyTeamRecords({ actor, request }: ApplyTeamRecordsOptions): Promise<TImportResult> {
  const { team } = request;
  const problems: TImportProblem[] = [];
  const problem = (entity: string, r: Owned, field: string, message: string) =>
    problems.push({ entity, key: r.key, field, message, file: r.origin?.file ?? null, line: r.origin?.line ?? null });
  const own = <T extends Owned>(entity: string, list: T[]): T[] =>
    list.flatMap((r) => {
      if (r.team === undefined) return [{ ...r, team }];
      if (r.team === team) return [r];
      problem(entity, r, "team", `belongs to ${r.team === null ? "no team" : `team "${r.team}"`}, not to "${team}" which this apply is for`);
      return [];
    });
  const records: TImportRecords = {
    people: request.records.people,
    teams: request.records.teams.filter((t) => {
      if (t.key === team) return true;
      problem("teams", t, "key", `only team "${team}" itself can be applied here`);
      return false;
    }),
    systems: own("systems", request.records.systems),
    interfaces: own("interfaces", request.records.interfaces),
  };
  return importRecords({
    actor, source: "APPLY", label: `apply ${team}`, records, problems,
    options: { mode: request.mode, dryRun: request.dryRun, batchId: request.batchId },
    prune: request.prune ? { team } : undefined,
  });
}
