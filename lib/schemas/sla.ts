// The monthly SLA report: each interface with objectives against what its signals and job runs say.
import { z } from "zod";
import { ZId, ZRef } from "./common";
import { textInput } from "./text";

export const ZSlaQuery = z.object({
  month: textInput().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM").optional().describe("UTC month, YYYY-MM; default: this month"),
  teamId: ZId.optional().describe("Interfaces answered for by this team (their own team, else their provider's)"),
  breached: z.enum(["true", "false"]).optional().transform((v) => v === "true").describe("true: only interfaces that missed an objective"),
  format: z.enum(["json", "csv"]).default("json").describe("csv: the interface rows as a spreadsheet"),
});
export type TSlaQuery = z.output<typeof ZSlaQuery>;

const ZObjectiveResult = z.object({
  target: z.number(),
  measured: z.number().nullable().describe("null: no data this month"),
  met: z.boolean().nullable().describe("null: no data to judge"),
});

export const ZSlaInterface = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  tier: z.number().int(),
  team: ZRef.nullable(),
  availability: ZObjectiveResult.extend({
    budgetLeft: z.number().nullable().describe("Share of the error budget (100 − target) left, 1 = untouched, < 0 = overspent; null at a 100 % target"),
    downMinutes: z.number().nullable(),
  }).nullable(),
  latency: ZObjectiveResult.extend({
    hoursOver: z.number().int().describe("Measured hours whose p95 was above the objective"),
  }).nullable().describe("measured: the 95th percentile of the month's hourly p95"),
  freshness: ZObjectiveResult.extend({
    staleMinutes: z.number().describe("Minutes the data was older than the objective"),
  }).nullable().describe("measured: share of the measured time the data was fresh enough (0–1)"),
  breached: z.boolean(),
}).meta({ id: "SlaInterface" });
export type TSlaInterface = z.infer<typeof ZSlaInterface>;

export const ZSlaTeam = z.object({
  team: ZRef.nullable(),
  interfaces: z.number().int(),
  met: z.number().int().describe("Interfaces that met every objective they could be judged on"),
  breached: z.number().int(),
  noData: z.number().int(),
  attainment: z.number().nullable().describe("met / (met + breached), 0–1"),
}).meta({ id: "SlaTeam" });

export const ZSlaReport = z.object({
  month: z.string(),
  from: z.iso.datetime(),
  to: z.iso.datetime().describe("End of the measured time: the month's end, or now for the current month"),
  interfaces: z.array(ZSlaInterface),
  teams: z.array(ZSlaTeam),
}).meta({ id: "SlaReport" });
export type TSlaReport = z.infer<typeof ZSlaReport>;
