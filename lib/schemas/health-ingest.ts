// What monitoring tools, CI/CD and schedulers send (POST /api/v1/health/signals and /events), and
// what they get back. A batch is judged item by item: the valid ones are stored, the invalid ones
// reported by index and field path in the same answer.
import { z } from "zod";
import { ZId, ZUrl } from "./common";
import { ZDeploymentStatus, ZJobRunStatus, ZSignalStatus, ZSubjectType } from "./enums";
import { fieldMessage } from "./field-message";
import { noControlCharacters, textInput } from "./text";

/** Items per request: one statement inserts them all. */
export const INGEST_BATCH_MAX = 1_000;

const exactlyOne = (t: { id?: string; key?: string }) => (t.id === undefined) !== (t.key === undefined);

/** A system or an interface, by id or by key. */
export const ZSignalTarget = z
  .strictObject({
    type: ZSubjectType,
    id: ZId.optional(),
    key: textInput().min(1).max(63).optional().describe("The record's key, e.g. crm-orders"),
  })
  .refine(exactlyOne, fieldMessage("idOrKey"))
  .meta({ id: "SignalTarget" });
export type TSignalTarget = z.infer<typeof ZSignalTarget>;

/** A moment as ISO 8601 with a zone, e.g. 2026-12-04T14:03:00Z. */
export const ZInstant = z.iso.datetime({ offset: true }).check(noControlCharacters);
export const ZSourceName = textInput().trim().min(1).max(100).describe("Who measured it, e.g. prometheus-eu");

const count = () => z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const measure = () => z.number().min(0).max(1e12);

export const ZHealthSample = z
  .strictObject({
    target: ZSignalTarget,
    at: ZInstant.describe("When it was measured; within the raw retention and at most 5 minutes ahead"),
    source: ZSourceName,
    status: ZSignalStatus.optional(),
    latencyP95Ms: measure().optional(),
    latencyP99Ms: measure().optional(),
    errorRate: z.number().min(0).max(1).optional().describe("Share of failed requests, 0–1"),
    throughput: measure().optional().describe("Requests or messages per second"),
    backlog: count().optional().describe("Messages waiting (messaging interfaces and brokers)"),
    lagMessages: count().optional().describe("Consumer lag in messages"),
    lagSeconds: measure().optional().describe("Consumer lag in seconds"),
    deadLettered: count().optional(),
    consumers: z.number().int().min(0).max(2_147_483_647).optional(),
  })
  .meta({ id: "HealthSample" });
export type THealthSample = z.infer<typeof ZHealthSample>;

// The items the handler's parse found valid (objects it built): checked once, not twice.
const VALID_ITEMS = new WeakSet<object>();
export const isValidItem = (item: unknown) => typeof item === "object" && item !== null && VALID_ITEMS.has(item);

/**
 * An item of a batch as the handler parses it: a valid one (marked), or anything else, which is
 * checked again on its own and reported at its index (never the whole batch refused for one item).
 */
export const batchItem = <T extends z.ZodType<object>>(item: T) =>
  z.union([item.transform((v) => (VALID_ITEMS.add(v), v)), z.unknown()]);

export const ZSignalBatch = z
  .strictObject({ samples: z.array(batchItem(ZHealthSample)).min(1).max(INGEST_BATCH_MAX) })
  .meta({ id: "SignalBatch" });

export const ZItemRejection = z.object({
  index: z.number().int(),
  errors: z.array(z.object({ path: z.string().describe("e.g. samples.3.latencyP95Ms"), message: z.string() })),
});

export const ZIngestResult = z
  .object({
    accepted: z.number().int().describe("Items stored (or, for job runs, updated) by this request"),
    duplicates: z.number().int().describe("Valid items already stored: a resend changes nothing"),
    rejected: z.array(ZItemRejection),
  })
  .meta({ id: "IngestResult" });
export type TIngestResult = z.infer<typeof ZIngestResult>;

// ---- Events (POST /api/v1/health/events) ----

const ZSystemRef = z
  .strictObject({ id: ZId.optional(), key: textInput().min(1).max(63).optional() })
  .refine(exactlyOne, fieldMessage("idOrKey"))
  .meta({ id: "SystemRef" });

const label = (max: number) => textInput().trim().min(1).max(max);

export const ZDeploymentEvent = z
  .strictObject({
    type: z.literal("deployment"),
    system: ZSystemRef,
    version: label(100),
    environment: label(50).describe("e.g. production"),
    status: ZDeploymentStatus,
    strategy: label(50).optional().describe("e.g. canary, blue-green, rolling"),
    link: ZUrl.optional().describe("The pipeline run or release notes"),
    at: ZInstant,
    externalId: label(200).optional().describe("The sender's id of this deployment: a resend is stored once"),
    source: ZSourceName,
  })
  .meta({ id: "DeploymentEvent" });
export type TDeploymentEvent = z.infer<typeof ZDeploymentEvent>;

export const ZQualityCheck = z
  .strictObject({
    name: label(100).describe("completeness, accuracy, consistency, timeliness, or your own"),
    passed: z.boolean(),
    value: z.number().min(-1e15).max(1e15).optional().describe("What was measured, e.g. 0.998"),
  })
  .meta({ id: "QualityCheck" });

export const ZJobRunEvent = z
  .strictObject({
    type: z.literal("jobRun"),
    job: ZSignalTarget.describe("An ETL_BATCH interface or a SCHEDULER system"),
    runId: label(200).describe("The scheduler's run id: a later report of the same run updates it"),
    status: ZJobRunStatus,
    startedAt: ZInstant,
    endedAt: ZInstant.optional(),
    rows: count().optional(),
    dataFreshAt: ZInstant.optional().describe("The time up to which the job's output is current"),
    qualityChecks: z.array(ZQualityCheck).max(50).optional(),
    source: ZSourceName,
  })
  .refine((e) => !e.endedAt || Date.parse(e.endedAt) >= Date.parse(e.startedAt), { ...fieldMessage("notBeforeStart"), path: ["endedAt"] })
  .meta({ id: "JobRunEvent" });
export type TJobRunEvent = z.infer<typeof ZJobRunEvent>;

export const ZHealthEvent = z.discriminatedUnion("type", [ZDeploymentEvent, ZJobRunEvent]).meta({ id: "HealthEvent" });
export type THealthEvent = z.infer<typeof ZHealthEvent>;

export const ZEventBatch = z
  .strictObject({ events: z.array(batchItem(ZHealthEvent)).min(1).max(INGEST_BATCH_MAX) })
  .meta({ id: "EventBatch" });
