// Silences (each matcher kind, ending early, ending by time) and maintenance windows (one-off and
// weekly): a suppressed alert is stored and counted but opens no incident; once the silence or
// window is over, while it still fires, it is processed as if it had just arrived.
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, uniqueKey, type ApiClient } from "./helpers/client";
import { auditEntries, closeDb, DATABASE_URL, queryDb } from "./helpers/db";
import { ingestClient } from "./helpers/ingest";
import { advanceAlertClock, alertOf, incidentsOf, inMinutes, send, system, until } from "./alerts-support";

let monitor: ApiClient;
let eng: ApiClient;
const sender = new PgBoss({ connectionString: DATABASE_URL, schema: "pgboss", max: 1, supervise: false, schedule: false, migrate: false });

beforeAll(async () => {
  monitor = await ingestClient();
  eng = await as("ENGINEER");
  await until(async () => ((await queryDb(`SELECT 1 FROM pg_tables WHERE schemaname = 'pgboss' AND tablename = 'job'`)).length ? true : undefined), "pg-boss's schema");
  await sender.start();
});
afterAll(async () => {
  await sender.stop({ graceful: false, wait: true });
  await closeDb();
});

const silence = async (matchers: { label: string; op: string; value: string }[], endsAt = inMinutes(60)) => {
  const res = await eng.post("/api/v1/alerts/silences", { matchers, endsAt, comment: "deploying" });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number; active: boolean };
};

/** The minute job, run now through the job queue (as the cron would), waited for. */
async function runSweep() {
  const id = await sender.send("alerts-sweep", {});
  return until(async () => {
    const [job] = await queryDb<{ state: string; output: Record<string, number> }>(`SELECT "state", "output" FROM pgboss.job WHERE "id" = $1`, [id]);
    return job && ["completed", "failed"].includes(job.state) ? job : undefined;
  }, "the alerts-sweep job");
}

describe("silences", () => {
  it("match with =, !=, =~ and !~ (anchored), all matchers required, and suppress at arrival", async () => {
    const run = uniqueKey("sil");
    const sys = await system(eng, "sil-sys");
    const base = { junction_system: sys.key, run };
    await silence([{ label: "run", op: "=", value: run }, { label: "alertname", op: "=", value: "EqMatch" }]);
    await silence([{ label: "run", op: "=", value: run }, { label: "alertname", op: "=~", value: "Regex.*" }]);
    await silence([{ label: "run", op: "=", value: run }, { label: "env", op: "!=", value: "prod" }, { label: "alertname", op: "=", value: "NeqMatch" }]);
    await silence([{ label: "run", op: "=", value: run }, { label: "alertname", op: "=", value: "NotRegex" }, { label: "env", op: "!~", value: "prod|staging" }]);

    const cases: [Record<string, string>, boolean][] = [
      [{ alertname: "EqMatch" }, true],
      [{ alertname: "EqMatchNot" }, false],
      [{ alertname: "RegexHit" }, true],
      [{ alertname: "NoRegex" }, false], // =~ is anchored: "Regex.*" does not match inside a value
      [{ alertname: "NeqMatch", env: "dev" }, true],
      [{ alertname: "NeqMatch", env: "prod" }, false],
      [{ alertname: "NotRegex", env: "test" }, true],
      [{ alertname: "NotRegex", env: "staging" }, false],
    ];
    await send(monitor, "silences", cases.map(([labels]) => ({ labels: { ...base, ...labels } })));
    for (const [labels, silenced] of cases) {
      const alert = await alertOf({ ...base, ...labels });
      expect([labels, alert.suppressedBy, alert.incidentId === null]).toEqual([labels, silenced ? "SILENCE" : null, silenced]);
      expect(alert.count).toBe(1);
    }
  });

  it("refuses a pattern RE2 cannot run, with its field path", async () => {
    const res = await eng.post("/api/v1/alerts/silences", { matchers: [{ label: "a", op: "=~", value: "(a)\\1" }], endsAt: inMinutes(5), comment: "x" });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(["matchers.0.value"]);
    expect((await (await as("VIEWER")).post("/api/v1/alerts/silences", { matchers: [{ label: "a", op: "=", value: "b" }], endsAt: inMinutes(5), comment: "x" })).status).toBe(403);
  });

  it("previews how many open alerts match; ending early (audited) processes the still-firing alerts at once", async () => {
    const run = uniqueKey("exp");
    const sys = await system(eng, "exp-sys");
    const matchers = [{ label: "run", op: "=", value: run }];
    const s = await silence(matchers);
    const labels = { alertname: "Quiet", junction_system: sys.key, run };
    await send(monitor, "expire", [{ labels }, { labels: { ...labels, alertname: "Quiet2" } }]);
    expect((await eng.post("/api/v1/alerts/silences/preview", { matchers })).body).toEqual({ matching: 2 });
    expect(await incidentsOf(sys.id)).toEqual([]);

    const stale = await eng.post(`/api/v1/alerts/silences/${s.id}/expire`, { version: s.version + 1 });
    expect(stale.status).toBe(409);
    const ended = await eng.post(`/api/v1/alerts/silences/${s.id}/expire`, { version: s.version });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(ended.body.active).toBe(false);
    const alert = await alertOf(labels);
    expect(alert.suppressedBy).toBeNull();
    const incidents = await incidentsOf(sys.id);
    expect(incidents).toHaveLength(1);
    expect(alert.incidentId).toBe(incidents[0].id);
    expect((await auditEntries("SILENCE", s.id)).map((e) => e.action)).toEqual(["CREATE", "UPDATE"]);
    expect((await eng.post(`/api/v1/alerts/silences/${s.id}/expire`, { version: ended.body.version })).status).toBe(409);
  });

  it("once ended by time, its still-firing alerts are processed by the minute job", async () => {
    const run = uniqueKey("end");
    const sys = await system(eng, "end-sys");
    await silence([{ label: "run", op: "=", value: run }], inMinutes(30));
    const labels = { alertname: "Later", junction_system: sys.key, run };
    await send(monitor, "ended", [{ labels }]);
    expect((await alertOf(labels)).suppressedBy).toBe("SILENCE");
    await advanceAlertClock(31);
    const job = await runSweep();
    expect(job.state).toBe("completed");
    const alert = await alertOf(labels);
    expect(alert.suppressedBy).toBeNull();
    expect(alert.incidentId).not.toBeNull();
    expect((await eng.get(`/api/v1/alerts/silences?state=expired`)).body.items.length).toBeGreaterThan(0);
  });
});

describe("maintenance windows", () => {
  it("one-off: suppresses the system's alerts while open, releases them when it closes", async () => {
    const sys = await system(eng, "mw-sys");
    const res = await eng.post("/api/v1/alerts/maintenance", { kind: "ONE_OFF", systemId: sys.id, startsAt: inMinutes(-5), endsAt: inMinutes(20), comment: "upgrade" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.open).toBe(true);
    const labels = { alertname: "Upgrade", junction_system: sys.key, run: uniqueKey("mw") };
    await send(monitor, "maint", [{ labels }]);
    expect((await alertOf(labels)).suppressedBy).toBe("MAINTENANCE");
    expect(await incidentsOf(sys.id)).toEqual([]);
    expect((await eng.get(`/api/v1/alerts/maintenance?systemId=${sys.id}`)).body.items.map((w: { open: boolean }) => w.open)).toEqual([true]);

    await advanceAlertClock(21);
    expect((await eng.get(`/api/v1/alerts/maintenance?systemId=${sys.id}`)).body.items.map((w: { open: boolean }) => w.open)).toEqual([false]);
    await runSweep();
    const alert = await alertOf(labels);
    expect(alert.suppressedBy).toBeNull();
    expect((await incidentsOf(sys.id)).map((i) => i.id)).toEqual([alert.incidentId]);
  });

  it("weekly: open on its weekday and minute in its zone, closed otherwise; bad zones are refused", async () => {
    const now = new Date();
    const minute = now.getUTCHours() * 60 + now.getUTCMinutes();
    // Asia/Shanghai is UTC+8 with no DST: the local weekday and minute are known.
    const local = new Date(now.getTime() + 8 * 3_600_000);
    const localMinute = local.getUTCHours() * 60 + local.getUTCMinutes();
    const [openSys, closedSys] = [await system(eng, "wk-open"), await system(eng, "wk-closed")];
    const open = await eng.post("/api/v1/alerts/maintenance", {
      kind: "WEEKLY", systemId: openSys.id, weekday: local.getUTCDay(), startMinute: Math.max(0, localMinute - 2), durationMinutes: 30, timeZone: "Asia/Shanghai",
    });
    expect(open.status, JSON.stringify(open.body)).toBe(201);
    expect(open.body.open).toBe(true);
    const closed = await eng.post("/api/v1/alerts/maintenance", {
      kind: "WEEKLY", systemId: closedSys.id, weekday: (now.getUTCDay() + 3) % 7, startMinute: minute, durationMinutes: 60, timeZone: "UTC",
    });
    expect(closed.body.open).toBe(false);
    const run = uniqueKey("wk");
    await send(monitor, "weekly", [{ labels: { alertname: "W", junction_system: openSys.key, run } }, { labels: { alertname: "W", junction_system: closedSys.key, run } }]);
    expect((await alertOf({ alertname: "W", junction_system: openSys.key, run })).suppressedBy).toBe("MAINTENANCE");
    expect((await alertOf({ alertname: "W", junction_system: closedSys.key, run })).suppressedBy).toBeNull();

    const bad = await eng.post("/api/v1/alerts/maintenance", { kind: "WEEKLY", systemId: openSys.id, weekday: 7, startMinute: 0, durationMinutes: 10, timeZone: "Mars/Olympus" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["timeZone", "weekday"]);
    const del = await eng.delete(`/api/v1/alerts/maintenance/${open.body.id}`);
    expect(del.status).toBe(204);
    expect((await alertOf({ alertname: "W", junction_system: openSys.key, run })).suppressedBy).toBeNull();
    expect((await auditEntries("MAINTENANCE_WINDOW", open.body.id)).map((e) => e.action)).toEqual(["CREATE", "DELETE"]);
  });
});

describe("bulk silence", () => {
  it("silences the chosen alerts and their repeats, and lists ids not found", async () => {
    const run = uniqueKey("bulk");
    const labels = { alertname: "Bulk", run };
    const { alerts } = await send(monitor, "bulk", [{ labels }]);
    const res = await eng.post("/api/v1/alerts/bulk", { action: "silence", ids: [alerts[0].alertId, "no-such-alert"], silence: { endsAt: inMinutes(30), comment: "noise" } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ changed: 1, notFound: ["no-such-alert"] });
    expect((await alertOf(labels)).silenceId).toBe(res.body.silenceIds[0]);
  });
});
