// Health inputs sent the way monitoring, CI/CD and schedulers send them: through POST
// /api/v1/health/signals and /events with an INGEST token. The status is decided by the server
// (ingestion settles it after each batch); advanceHealthClock moves time on for it.
import { expect } from "vitest";
import type { ApiClient } from "./client";
import { moveStoredTimeBack } from "./clock";
import { ingestClient } from "./ingest";

export type Sample = {
  subjectId: string;
  subjectType: "SYSTEM" | "INTERFACE";
  status: "UP" | "DEGRADED" | "DOWN" | null;
  at?: Date;
  source?: string;
  latencyP95Ms?: number;
  errorRate?: number;
};

let client: ApiClient | undefined;
const monitor = async () => (client ??= await ingestClient());

/** Sends the samples as one batch; every one must be accepted. */
export async function report(...samples: Sample[]): Promise<void> {
  const res = await (await monitor()).post("/api/v1/health/signals", {
    samples: samples.map((s) => ({
      target: { type: s.subjectType, id: s.subjectId },
      at: (s.at ?? new Date()).toISOString(),
      source: s.source ?? "test-monitor",
      ...(s.status ? { status: s.status } : {}),
      ...(s.latencyP95Ms !== undefined ? { latencyP95Ms: s.latencyP95Ms } : {}),
      ...(s.errorRate !== undefined ? { errorRate: s.errorRate } : {}),
    })),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.rejected).toEqual([]);
}

export type RunReport = {
  subjectId: string; subjectType: "SYSTEM" | "INTERFACE"; status: "SUCCEEDED" | "FAILED"; startedAt: Date; endedAt: Date;
  dataFreshAt?: Date; rows?: number; qualityChecks?: { name: string; passed: boolean; value?: number }[];
};

/** A finished job run, as a scheduler reports it. */
export async function reportRun(o: RunReport): Promise<void> {
  const res = await (await monitor()).post("/api/v1/health/events", {
    events: [{
      type: "jobRun", job: { type: o.subjectType, id: o.subjectId }, runId: `run-${Math.random().toString(36).slice(2)}`, status: o.status,
      startedAt: o.startedAt.toISOString(), endedAt: o.endedAt.toISOString(), source: "test-scheduler",
      ...(o.dataFreshAt ? { dataFreshAt: o.dataFreshAt.toISOString() } : {}),
      ...(o.rows !== undefined ? { rows: o.rows } : {}),
      ...(o.qualityChecks ? { qualityChecks: o.qualityChecks } : {}),
    }],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.rejected).toEqual([]);
}

/** A deployment, as CI/CD reports it. */
export async function reportDeployment(o: { systemId: string; version: string; at: Date }): Promise<void> {
  const res = await (await monitor()).post("/api/v1/health/events", {
    events: [{ type: "deployment", system: { id: o.systemId }, version: o.version, environment: "production", status: "SUCCEEDED", at: o.at.toISOString(), source: "ci" }],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.rejected).toEqual([]);
}

/**
 * Moves every stored health moment back by `minutes`, as if that much time had passed, with
 * triggers off: what the test then sees is the server noticing the lapse by itself (staleAt).
 */
export async function advanceHealthClock(minutes: number): Promise<void> {
  await moveStoredTimeBack(`${minutes} minutes`, [
    `UPDATE "HealthCurrent" SET "at" = "at" - $1::interval`,
    `UPDATE "HealthStatus" SET "since" = "since" - $1::interval, "lastSampleAt" = "lastSampleAt" - $1::interval, "staleAt" = "staleAt" - $1::interval`,
    `UPDATE "JobRun" SET "startedAt" = "startedAt" - $1::interval, "endedAt" = "endedAt" - $1::interval, "dataFreshAt" = "dataFreshAt" - $1::interval`,
  ]);
}
