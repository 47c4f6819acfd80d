// POST /api/v1/health/signals over HTTP with an INGEST token: batches stored once whatever is
// resent, invalid samples reported by index and field path beside the stored ones, the latest
// value per source kept with its usual interval, and day partitions created on demand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "./helpers/client";
import { closeDb, queryDb } from "./helpers/db";
import { estateBuilder } from "./helpers/estate";
import { ingestClient, sample } from "./helpers/ingest";

let ingest: ApiClient;
let system: { id: string; key: string };
let iface: { id: string; key: string };

beforeAll(async () => {
  const estate = await estateBuilder();
  const a = await estate.system({});
  const b = await estate.system({});
  system = a;
  iface = await estate.iface(a.id, b.id, { style: "MESSAGE_QUEUE", mode: "ASYNC" });
  ingest = await ingestClient();
});
afterAll(closeDb);

const stored = async (subjectId: string) =>
  (await queryDb<{ n: number }>(`SELECT count(*)::int AS n FROM "HealthSample" WHERE "subjectId" = $1`, [subjectId]))[0].n;

describe("POST /api/v1/health/signals", () => {
  it("stores a batch once: a resend is all duplicates, and the status follows the latest sample", async () => {
    const samples = [
      sample({ type: "SYSTEM", key: system.key }, 120, { latencyP95Ms: 80 }),
      sample({ type: "SYSTEM", id: system.id }, 60, { latencyP95Ms: 95, errorRate: 0.01 }),
      sample({ type: "INTERFACE", key: iface.key }, 30, { status: "DEGRADED", backlog: 1200, lagMessages: 300, lagSeconds: 4.5, deadLettered: 2, consumers: 3 }),
    ];
    const first = await ingest.post("/api/v1/health/signals", { samples });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ accepted: 3, duplicates: 0, rejected: [] });
    const again = await ingest.post("/api/v1/health/signals", { samples });
    expect(again.body).toEqual({ accepted: 0, duplicates: 3, rejected: [] });
    expect(await stored(system.id)).toBe(2);
    expect(await stored(iface.id)).toBe(1);
    const [row] = await queryDb(`SELECT "backlog"::int, "lagSeconds", "consumers", "status"::text FROM "HealthSample" WHERE "subjectId" = $1`, [iface.id]);
    expect(row).toEqual({ backlog: 1200, lagSeconds: 4.5, consumers: 3, status: "DEGRADED" });
    const [current] = await queryDb<{ status: string; intervalMs: number }>(
      `SELECT "status"::text, "intervalMs" FROM "HealthCurrent" WHERE "subjectId" = $1 AND "source" = 'test-monitor'`, [system.id]);
    expect(current).toEqual({ status: "UP", intervalMs: 60_000 });
    const [status] = await queryDb(`SELECT "state"::text FROM "HealthStatus" WHERE "subjectId" = $1`, [iface.id]);
    expect(status).toEqual({ state: "DEGRADED" });
  });

  it("keeps the source's usual interval as a moving average of later batches", async () => {
    const target = { type: "INTERFACE", id: iface.id };
    await ingest.post("/api/v1/health/signals", { samples: [sample(target, 600, { source: "interval" })] });
    await ingest.post("/api/v1/health/signals", { samples: [sample(target, 480, { source: "interval" })] }); // 120 s later
    const [first] = await queryDb<{ intervalMs: number }>(`SELECT "intervalMs" FROM "HealthCurrent" WHERE "subjectId" = $1 AND "source" = 'interval'`, [iface.id]);
    expect(first.intervalMs).toBe(120_000);
    // Two more samples 60 s apart: the step is 120 s spread over 2 samples = 60 s; 3/4·120 + 1/4·60.
    await ingest.post("/api/v1/health/signals", { samples: [sample(target, 420, { source: "interval" }), sample(target, 360, { source: "interval" })] });
    const [second] = await queryDb<{ intervalMs: number }>(`SELECT "intervalMs" FROM "HealthCurrent" WHERE "subjectId" = $1 AND "source" = 'interval'`, [iface.id]);
    expect(second.intervalMs).toBe(105_000);
  });

  it("accepts the valid samples and reports each invalid one by index and field path", async () => {
    const target = { type: "SYSTEM", id: system.id };
    const samples = [
      sample(target, 10, { source: "partial" }),
      sample(target, 11, { source: "partial", latencyP95Ms: -1 }),
      sample({ type: "INTERFACE", key: "no-such-interface-anywhere" }, 12, { source: "partial" }),
      sample(target, 40 * 86_400, { source: "partial" }),
      sample(target, -3_600, { source: "partial" }),
      { ...sample(target, 13, { source: "partial" }), target: { type: "SYSTEM" } },
      { ...sample(target, 14, { source: "partial" }), colour: "red" },
      sample(target, 15, { source: "partial", errorRate: 2, status: "SIDEWAYS" }),
      sample(target, 16, { source: "partial" }),
    ];
    const res = await ingest.post("/api/v1/health/signals", { samples });
    expect(res.status).toBe(200);
    expect(res.body.accepted).toBe(2);
    expect(res.body.duplicates).toBe(0);
    const paths = res.body.rejected.map((r: { index: number; errors: { path: string }[] }) => [r.index, r.errors.map((e) => e.path).sort()]);
    expect(paths).toEqual([
      [1, ["samples.1.latencyP95Ms"]],
      [2, ["samples.2.target"]],
      [3, ["samples.3.at"]],
      [4, ["samples.4.at"]],
      [5, ["samples.5.target"]],
      [6, ["samples.6.colour"]],
      [7, ["samples.7.errorRate", "samples.7.status"]],
    ]);
    expect(res.body.rejected[1].errors[0].message).toBe("unknown interface");
    expect(res.body.rejected[2].errors[0].message).toBe("older than the raw retention of 14 days");
    expect(await queryDb(`SELECT 1 FROM "HealthSample" WHERE "subjectId" = $1 AND "source" = 'partial'`, [system.id])).toHaveLength(2);
  });

  it("answers 422 problem+json with the same paths when no sample is valid, in the request's language", async () => {
    const res = await ingest.request("POST", "/api/v1/health/signals", {
      samples: [sample({ type: "SYSTEM", key: "nobody-has-this-key" }, 5), sample({ type: "SYSTEM", id: system.id }, 5, { consumers: 1.5 })],
    }, { "accept-language": "zh-CN" });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(["samples.0.target", "samples.1.consumers"]);
    expect(res.body.errors[0].message).toBe("系统不存在");
  });

  it("refuses more than 1,000 samples and an empty batch at the samples field", async () => {
    const many = Array.from({ length: 1001 }, (_, i) => sample({ type: "SYSTEM", id: system.id }, i));
    for (const samples of [many, []]) {
      const res = await ingest.post("/api/v1/health/signals", { samples });
      expect(res.status).toBe(422);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(["samples"]);
    }
  });

  it("creates the day partition a batch needs, once", async () => {
    const yesterday = Date.now() - 86_400_000;
    const day = new Date(yesterday).toISOString().slice(0, 10).replaceAll("-", "");
    const res = await ingest.post("/api/v1/health/signals", { samples: [sample({ type: "SYSTEM", id: system.id }, 86_400, { source: "yesterday" })] });
    expect(res.body.accepted).toBe(1);
    const partitions = await queryDb<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"HealthSample"'::regclass AND c.relname = $1`,
      [`HealthSample_p${day}`]);
    expect(partitions).toHaveLength(1);
    const [row] = await queryDb(`SELECT tableoid::regclass::text AS t FROM "HealthSample" WHERE "subjectId" = $1 AND "source" = 'yesterday'`, [system.id]);
    expect(row).toEqual({ t: `"HealthSample_p${day}"` });
  });
});
