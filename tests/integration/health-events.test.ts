// POST /api/v1/health/events: deployments stored once (by the sender's id, else by their natural
// key), job runs one row per run that later reports update, jobs only where a job can run, and
// none of it in the audit log (telemetry is not a change of the catalogue).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "./helpers/client";
import { closeDb, queryDb } from "./helpers/db";
import { estateBuilder } from "./helpers/estate";
import { ingestClient } from "./helpers/ingest";

let ingest: ApiClient;
let app: { id: string; key: string };
let scheduler: { id: string; key: string };
let etl: { id: string; key: string };
let rest: { id: string; key: string };
const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

beforeAll(async () => {
  const estate = await estateBuilder();
  app = await estate.system({});
  scheduler = await estate.system({ kind: "SCHEDULER" });
  const warehouse = await estate.system({ kind: "DATA_PLATFORM" });
  etl = await estate.iface(app.id, warehouse.id, { style: "ETL_BATCH", mode: "ASYNC" });
  rest = await estate.iface(app.id, warehouse.id);
  ingest = await ingestClient();
});
afterAll(closeDb);

const deploymentsOf = (systemId: string) =>
  queryDb<{ version: string; status: string }>(`SELECT "version", "status"::text FROM "Deployment" WHERE "systemId" = $1 ORDER BY "at"`, [systemId]);

describe("POST /api/v1/health/events", () => {
  it("stores a deployment once, by its externalId or else by system, source, environment, version and time", async () => {
    const base = { type: "deployment", system: { key: app.key }, environment: "production", source: "ci" };
    const events = [
      { ...base, version: "1.4.0", status: "SUCCEEDED", strategy: "canary", link: "https://ci.example.com/run/7", at: at(30), externalId: "run-7" },
      { ...base, version: "1.4.1", status: "ROLLED_BACK", at: at(10) },
    ];
    expect((await ingest.post("/api/v1/health/events", { events })).body).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
    // The same again, and the first once more under its externalId with another time: all duplicates.
    const resend = [...events, { ...events[0], at: at(29) }];
    expect((await ingest.post("/api/v1/health/events", { events: resend })).body).toEqual({ accepted: 0, duplicates: 3, rejected: [] });
    expect(await deploymentsOf(app.id)).toEqual([{ version: "1.4.0", status: "SUCCEEDED" }, { version: "1.4.1", status: "ROLLED_BACK" }]);
  });

  it("keeps one row per run: the finished report updates the started one, a late RUNNING changes nothing", async () => {
    const job = { type: "INTERFACE", id: etl.id };
    const started = { type: "jobRun", job, runId: "nightly-42", status: "RUNNING", startedAt: at(60), source: "airflow" };
    expect((await ingest.post("/api/v1/health/events", { events: [started] })).body.accepted).toBe(1);
    const finished = {
      ...started, status: "SUCCEEDED", endedAt: at(5), rows: 120_000, dataFreshAt: at(65),
      qualityChecks: [{ name: "completeness", passed: true, value: 0.998 }, { name: "timeliness", passed: false, value: 75 }],
    };
    expect((await ingest.post("/api/v1/health/events", { events: [finished] })).body).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    // Both reports again, in either order: the run is as it was.
    expect((await ingest.post("/api/v1/health/events", { events: [finished, started] })).body).toEqual({ accepted: 0, duplicates: 2, rejected: [] });
    expect((await ingest.post("/api/v1/health/events", { events: [started] })).body).toEqual({ accepted: 0, duplicates: 1, rejected: [] });
    // A new run reported started and finished in one batch: one row, finished.
    const both = await ingest.post("/api/v1/health/events", { events: [{ ...started, runId: "nightly-43" }, { ...finished, runId: "nightly-43" }] });
    expect(both.body).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
    const runs = await queryDb(`SELECT "runId", "status"::text, "rows"::int, "qualityChecks" FROM "JobRun" WHERE "subjectId" = $1 ORDER BY 1`, [etl.id]);
    expect(runs).toEqual(["nightly-42", "nightly-43"].map((runId) => ({ runId, status: "SUCCEEDED", rows: 120_000, qualityChecks: finished.qualityChecks })));
  });

  it("takes a scheduler system as a job, and refuses other targets at the job's path", async () => {
    const run = (job: Record<string, string>, runId: string) => ({ type: "jobRun", job, runId, status: "FAILED", startedAt: at(20), endedAt: at(19), source: "cron" });
    const res = await ingest.post("/api/v1/health/events", {
      events: [
        run({ type: "SYSTEM", key: scheduler.key }, "s-1"),
        run({ type: "INTERFACE", id: rest.id }, "r-1"),
        run({ type: "SYSTEM", id: app.id }, "a-1"),
        run({ type: "SYSTEM", key: "no-such-scheduler" }, "n-1"),
        { ...run({ type: "SYSTEM", key: scheduler.key }, "s-2"), endedAt: at(30) },
        { type: "deployment", system: { id: "no-such-system" }, version: "1", environment: "prod", status: "FAILED", at: at(1), source: "ci" },
        { type: "meeting", source: "ci" },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.accepted).toBe(1);
    expect(res.body.rejected.map((r: { errors: { path: string; message: string }[] }) => r.errors.map((e) => `${e.path}: ${e.message}`))).toEqual([
      ["events.1.job: not a job: an ETL_BATCH interface or a SCHEDULER system"],
      ["events.2.job: not a job: an ETL_BATCH interface or a SCHEDULER system"],
      ["events.3.job: unknown system"],
      ["events.4.endedAt: must not be before startedAt"],
      ["events.5.system: unknown system"],
      [expect.stringMatching(/^events\.6\.type: /)],
    ]);
    expect(await queryDb(`SELECT "runId" FROM "JobRun" WHERE "subjectId" = $1`, [scheduler.id])).toEqual([{ runId: "s-1" }]);
  });

  it("writes no audit entry for telemetry", async () => {
    const rows = await queryDb(`SELECT 1 FROM "AuditEntry" WHERE "entityId" = ANY($1) AND "action" <> 'CREATE'`, [[app.id, etl.id, scheduler.id]]);
    expect(rows).toEqual([]);
    const mentions = await queryDb(`SELECT 1 FROM "AuditEntry" WHERE "after"::text LIKE '%nightly-42%' OR "after"::text LIKE '%1.4.1%'`);
    expect(mentions).toEqual([]);
  });
});
