// Team health: delivery (change failure rate, time to recover), load (incidents per active member),
// documentation, and the ownership signals — one card per team.
import { z } from "zod";
import { ZId, ZRef } from "./common";

export const ZTeamHealthQuery = z.object({
  teamId: ZId.optional(),
  days: z.coerce.number().int().min(7).max(365).default(30).describe("The window the figures cover, ending now"),
  weeks: z.coerce.number().int().min(4).max(52).default(12).describe("How many weeks the trend covers"),
});
export type TTeamHealthQuery = z.output<typeof ZTeamHealthQuery>;

export const ZTeamHealthCard = z.object({
  team: ZRef,
  activeMembers: z.number().int(),
  quiet: z.boolean().describe("Nobody in the team signed in within the quiet window"),
  busFactorPeople: z.number().int().describe("Active members who are technical owner of more tier-0/1 systems than the bus-factor threshold"),
  deployments: z.number().int(),
  failedDeployments: z.number().int().describe("Failed or rolled back"),
  changeFailureRate: z.number().nullable().describe("failed / deployments, 0–1; null without deployments"),
  incidents: z.number().int().describe("Times one of the team's records went DOWN"),
  incidentsPerMember: z.number().nullable().describe("incidents / active members; null without active members"),
  alertIncidents: z.number().int().describe("Incidents opened from the team's alerts"),
  alertIncidentsPerMember: z.number().nullable().describe("alertIncidents / active members: the load on whoever carries the pager; null without active members"),
  recoveries: z.number().int(),
  timeToRecoverMinutes: z.number().nullable().describe("Mean time from DOWN to the next UP, over recoveries in the window"),
  docs: z.object({
    present: z.number().int(),
    expected: z.number().int().describe("Two links per system (runbook, docs) and a contract per interface"),
    completeness: z.number().nullable().describe("present / expected, 0–1; null when the team owns nothing"),
  }),
}).meta({ id: "TeamHealthCard" });
export type TTeamHealthCard = z.infer<typeof ZTeamHealthCard>;

export const ZTeamHealthWeek = z.object({
  week: z.string().describe("Monday of the ISO week, YYYY-MM-DD"),
  deployments: z.number().int(),
  failedDeployments: z.number().int(),
  changeFailureRate: z.number().nullable(),
  recoveries: z.number().int(),
  timeToRecoverMinutes: z.number().nullable(),
});

export const ZTeamHealth = z.object({
  days: z.number().int(),
  teams: z.array(ZTeamHealthCard),
  trend: z.array(ZTeamHealthWeek),
}).meta({ id: "TeamHealth" });
export type TTeamHealth = z.infer<typeof ZTeamHealth>;
