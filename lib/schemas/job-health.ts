// Jobs' health: ETL batch interfaces and scheduler systems with their runs.
import { z } from "zod";
import { ZId, ZListQueryBase, ZRef, sortParam, zPage } from "./common";
import { ZSubjectType } from "./enums";

export const JOB_RUN_STATUSES = ["RUNNING", "SUCCEEDED", "FAILED"] as const;
export const ZJobRunStatus = z.enum(JOB_RUN_STATUSES);
export const JOB_SORTS = ["name", "tier", "lastRun", "successRate"] as const;

export const ZJobListQuery = ZListQueryBase.extend({
  teamId: ZId.optional(),
  lastRun: z.enum([...JOB_RUN_STATUSES, "NONE"]).optional().describe("The latest run's status; NONE = never reported"),
  sort: sortParam(JOB_SORTS, "lastRun"),
});
export type TJobListQuery = z.output<typeof ZJobListQuery>;

export const ZQualityCheck = z.object({ name: z.string(), passed: z.boolean(), value: z.union([z.number(), z.string()]).nullable().optional() });

export const ZJobRun = z.object({
  runId: z.string(),
  status: ZJobRunStatus,
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable(),
  durationMs: z.number().nullable(),
  rows: z.number().nullable(),
  dataFreshAt: z.iso.datetime().nullable(),
  qualityChecks: z.array(ZQualityCheck),
}).meta({ id: "JobRun" });
export type TJobRun = z.infer<typeof ZJobRun>;

export const ZJobHealth = z.object({
  subjectType: ZSubjectType,
  id: z.string(),
  key: z.string(),
  name: z.string(),
  tier: z.number().int(),
  team: ZRef.nullable(),
  freshnessObjectiveMinutes: z.number().int().nullable(),
  lastRun: ZJobRun.nullable(),
  lastFinished: ZJobRun.nullable().describe("The latest run that has ended (the last run may still be running), with its data-quality checks"),
  recent: z.array(ZJobRun.pick({ runId: true, status: true, startedAt: true, durationMs: true })).describe("Up to 20 latest runs, newest first"),
  runs30d: z.number().int().describe("Finished runs in the last 30 days"),
  successRate30d: z.number().nullable().describe("Succeeded / finished in the last 30 days, 0–1"),
  dataAgeMinutes: z.number().nullable().describe("Now minus the freshest data of a successful run"),
  fresh: z.boolean().nullable().describe("Data age within the freshness objective; null without one or without data"),
}).meta({ id: "JobHealth" });
export type TJobHealth = z.infer<typeof ZJobHealth>;

export const ZJobHealthPage = zPage(ZJobHealth).meta({ id: "JobHealthPage" });
export type TJobHealthPage = z.infer<typeof ZJobHealthPage>;
