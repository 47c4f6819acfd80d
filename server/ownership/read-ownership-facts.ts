import "server-only";
import type { TOwnershipSettings } from "@/lib/schemas/ownership";
import { cacheBySnapshot } from "@/server/shared/cache-by-snapshot";
import { getOwnershipSettings } from "./get-ownership-settings";
import { readBusFactor, type BusFactorPerson } from "./read-bus-factor";
import { readRecordGroups, type RecordGroup } from "./read-record-groups";
import { readTeamFacts, type TeamFacts } from "./read-team-facts";

export type OwnershipFacts = {
  settings: TOwnershipSettings;
  groups: RecordGroup[];
  teams: TeamFacts[];
  busFactor: BusFactorPerson[];
};

export type ReadOwnershipFactsOptions = { teamId: string | null };

/**
 * Everything the counts, the score and the team and person findings are derived from, read side
 * by side. The record aggregate scans the whole estate, so the facts are shared by every page,
 * filter and the summary while the database is unchanged (cache-by-snapshot.ts).
 */
export async function readOwnershipFacts({ teamId }: ReadOwnershipFactsOptions): Promise<OwnershipFacts> {
  return cacheBySnapshot(`facts:${teamId ?? ""}`, async () => {
    const [groups, teams, { settings, busFactor }] = await Promise.all([
      readRecordGroups({ teamId }),
      readTeamFacts({ teamId }),
      getOwnershipSettings().then(async (s) => ({ settings: s, busFactor: await readBusFactor({ threshold: s.busFactorThreshold }) })),
    ]);
    return { settings, groups, teams, busFactor };
  });
}
