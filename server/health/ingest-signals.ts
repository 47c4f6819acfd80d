import "server-only";
import { env } from "@/lib/env";
import type { TLocale } from "@/lib/schemas/enums";
import { ZHealthSample, type THealthSample, type TIngestResult } from "@/lib/schemas/health-ingest";
import type { Actor } from "@/server/auth/actor";
import { settleHealthStatus } from "./settle-health-status";
import { answerBatch } from "./answer-batch";
import { ensureSamplePartitions } from "./ensure-sample-partitions";
import { insertSamples, type SampleRow } from "./insert-samples";
import { judgeBatch } from "./judge-batch";
import { limitIngestRate } from "./limit-ingest-rate";
import { countIngested } from "@/server/metrics/count-ingested";
import { resolveTargets } from "./resolve-targets";
import { MAX_AHEAD_MS, dayOf, oldestKept } from "./sample-days";

export type IngestSignalsOptions = { actor: Actor; samples: unknown[]; locale: TLocale; now?: number };

// SQLSTATE 23514 on a partitioned insert: no partition for a row's day (another instance's
// retention dropped one this process still knew).
const isMissingPartition = (error: unknown) => (error as { code?: string }).code === "23514";

/**
 * POST /api/v1/health/signals: the valid samples stored (once: a resend is a duplicate), the
 * invalid ones reported by index and field path, the records' latest values and status updated.
 * Not audited: telemetry is not a change of the catalogue (README, Health ingestion).
 */
export async function ingestSignals({ actor, samples, locale, now = Date.now() }: IngestSignalsOptions): Promise<TIngestResult> {
  await limitIngestRate({ actor, now });
  const { valid, rejected } = judgeBatch<THealthSample>({ items: samples, field: "samples", schema: ZHealthSample, locale });
  const days = env().HEALTH_RAW_RETENTION_DAYS;
  const oldest = oldestKept(now, days);
  const targets = await resolveTargets({ targets: valid.map((v) => v.item.target) });
  const rows: SampleRow[] = [];
  valid.forEach(({ index, item: s }, i) => {
    const at = Date.parse(s.at);
    const errors = [];
    if (at < oldest) errors.push({ path: `samples.${index}.at`, message: { key: "olderThanRetention", params: { days } } as const });
    if (at > now + MAX_AHEAD_MS) errors.push({ path: `samples.${index}.at`, message: { key: "tooFarAhead" } as const });
    const target = targets[i];
    if (!target) {
      const key = s.target.type === "SYSTEM" ? "unknownSystem" : "unknownInterface";
      errors.push({ path: `samples.${index}.target`, message: { key } as const });
    }
    if (errors.length || !target) return void rejected.set(index, errors);
    rows.push({
      subjectId: target.id, subjectType: target.type, atMs: at, source: s.source, status: s.status ?? null,
      latencyP95Ms: s.latencyP95Ms ?? null, latencyP99Ms: s.latencyP99Ms ?? null, errorRate: s.errorRate ?? null,
      throughput: s.throughput ?? null, backlog: s.backlog ?? null, lagMessages: s.lagMessages ?? null,
      lagSeconds: s.lagSeconds ?? null, deadLettered: s.deadLettered ?? null, consumers: s.consumers ?? null,
    });
  });

  let inserted = 0;
  if (rows.length) {
    const batchDays = [...new Set(rows.map((r) => dayOf(r.atMs)))];
    await ensureSamplePartitions({ days: batchDays });
    const stored = await insertSamples({ rows }).catch(async (error: unknown) => {
      if (!isMissingPartition(error)) throw error;
      await ensureSamplePartitions({ days: batchDays, recheck: true });
      return insertSamples({ rows });
    });
    inserted = stored.inserted;
    if (stored.subjectIds.length) await settleHealthStatus({ subjectIds: stored.subjectIds, now: new Date(now) });
  }
  const duplicates = rows.length - inserted;
  countIngested({ kind: "samples", accepted: inserted, duplicates, rejected: rejected.size });
  return answerBatch({ accepted: inserted, duplicates, rejected, locale });
}
