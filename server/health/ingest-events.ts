import "server-only";
import type { TLocale } from "@/lib/schemas/enums";
import { ZHealthEvent, type THealthEvent, type TIngestResult } from "@/lib/schemas/health-ingest";
import type { Actor } from "@/server/auth/actor";
import type { FieldError } from "@/server/http/app-error";
import { countIngested } from "@/server/metrics/count-ingested";
import { settleHealthStatus } from "./settle-health-status";
import { answerBatch } from "./answer-batch";
import { insertDeployments, type DeploymentRow } from "./insert-deployments";
import { judgeBatch } from "./judge-batch";
import { limitIngestRate } from "./limit-ingest-rate";
import { resolveTargets, type ResolvedTarget } from "./resolve-targets";
import { MAX_AHEAD_MS } from "./sample-days";
import { upsertJobRuns, type JobRunRow } from "./upsert-job-runs";

export type IngestEventsOptions = { actor: Actor; events: unknown[]; locale: TLocale; now?: number };

/** A job is an ETL_BATCH interface or a SCHEDULER system (their runs are what the job view shows). */
const isJob = (t: ResolvedTarget) => (t.type === "INTERFACE" ? t.kind === "ETL_BATCH" : t.kind === "SCHEDULER");
const ms = (iso: string | undefined) => (iso === undefined ? null : Date.parse(iso));

/**
 * POST /api/v1/health/events: deployments (stored once) and job runs (one row per run, updated by
 * later reports), each batch partially accepted like the signals. Not audited: telemetry.
 */
export async function ingestEvents({ actor, events, locale, now = Date.now() }: IngestEventsOptions): Promise<TIngestResult> {
  await limitIngestRate({ actor, now });
  const { valid, rejected } = judgeBatch<THealthEvent>({ items: events, field: "events", schema: ZHealthEvent, locale });
  const targets = await resolveTargets({
    targets: valid.map(({ item: e }) => (e.type === "deployment" ? { type: "SYSTEM" as const, ...e.system } : e.job)),
  });
  const deployments: DeploymentRow[] = [];
  const runs = new Map<string, JobRunRow>(); // by subject and runId: the batch's last report of a run wins
  let superseded = 0;
  valid.forEach(({ index, item: e }, i) => {
    const errors: FieldError[] = [];
    const target = targets[i];
    const ahead = (field: string, iso: string | undefined) => {
      if (iso !== undefined && Date.parse(iso) > now + MAX_AHEAD_MS) errors.push({ path: `events.${index}.${field}`, message: { key: "tooFarAhead" } });
    };
    if (e.type === "deployment") {
      if (!target) errors.push({ path: `events.${index}.system`, message: { key: "unknownSystem" } });
      ahead("at", e.at);
      if (errors.length || !target) return void rejected.set(index, errors);
      deployments.push({ systemId: target.id, source: e.source, externalId: e.externalId ?? null, version: e.version, environment: e.environment,
        status: e.status, strategy: e.strategy ?? null, link: e.link ?? null, atMs: Date.parse(e.at) });
      return;
    }
    if (!target) errors.push({ path: `events.${index}.job`, message: { key: e.job.type === "SYSTEM" ? "unknownSystem" : "unknownInterface" } });
    else if (!isJob(target)) errors.push({ path: `events.${index}.job`, message: { key: "notAJob" } });
    ahead("startedAt", e.startedAt);
    ahead("endedAt", e.endedAt);
    if (errors.length || !target) return void rejected.set(index, errors);
    const key = `${target.id}\u0000${e.runId}`;
    if (runs.has(key)) superseded++;
    runs.set(key, { subjectId: target.id, subjectType: target.type, runId: e.runId, source: e.source, status: e.status,
      startedAtMs: Date.parse(e.startedAt), endedAtMs: ms(e.endedAt), rows: e.rows ?? null, dataFreshAtMs: ms(e.dataFreshAt),
      qualityChecks: JSON.stringify(e.qualityChecks ?? []) });
  });

  const newDeployments = await insertDeployments({ rows: deployments });
  const changedJobs = await upsertJobRuns({ rows: [...runs.values()] });
  if (changedJobs.length) await settleHealthStatus({ subjectIds: [...new Set(changedJobs)], now: new Date(now) });
  const accepted = newDeployments + changedJobs.length + superseded;
  const duplicates = deployments.length + runs.size + superseded - accepted;
  countIngested({ kind: "events", accepted, duplicates, rejected: rejected.size });
  return answerBatch({ accepted, duplicates, rejected, locale });
}
