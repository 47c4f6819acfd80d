// Alert intake over HTTP: the real Alertmanager fixtures replayed in order, dedup, the generic
// events API, flapping, and refused payloads kept in the rejected-deliveries log.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, as, uniqueKey, type ApiClient } from "./helpers/client";
import { closeDb, queryDb } from "./helpers/db";
import { ingestClient, signedPost, webhookSource } from "./helpers/ingest";
import { advanceAlertClock, alertOf, incidentsOf, processed, send, system, webhook } from "./alerts-support";

// The shared fixtures live beside the checkout (../shared from the repository), wherever that is.
function fixturesDir(): string {
  for (let dir = path.resolve(import.meta.dirname, "../.."); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, "shared/fixtures/alertmanager");
    if (existsSync(candidate)) return candidate;
  }
  throw new Error("shared/fixtures/alertmanager not found above the repository");
}
const FIXTURES = fixturesDir();
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");
const FILES = [
  "01-firing-group-2-alerts.json",
  "02-repeat-same-group-same-fingerprints.json",
  "03-resolved-same-group.json",
  "04-firing-service-job-labels.json",
  "05-repeat-service-job-v0.34-format.json",
];

let monitor: ApiClient;
let eng: ApiClient;
beforeAll(async () => {
  monitor = await ingestClient();
  eng = await as("ENGINEER");
});
afterAll(closeDb);

const row = async (dedupKey: string) => (await queryDb<Record<string, any>>(`SELECT *, "endsAt"::text AS "endsAtText" FROM "Alert" WHERE "dedupKey" = $1`, [dedupKey]))[0];

describe("Alertmanager fixtures, replayed in order", () => {
  it("yield 3 alerts (2 receipts each), the api ones unmapped and resolved, and one incident for petstore", async () => {
    // The CMDB has a petstore system and no api system.
    const existing = await eng.get("/api/v1/systems?q=petstore&pageSize=200");
    let petstore = existing.body.items?.find((s: { key: string }) => s.key === "petstore")?.id as string | undefined;
    if (!petstore) {
      const res = await eng.post("/api/v1/systems", { key: "petstore", name: "Pet Store", kind: "BUSINESS_APP", layer: "BUSINESS" });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      petstore = res.body.id as string;
    }
    expect(await queryDb(`SELECT 1 FROM "System" WHERE "key" = 'api'`)).toEqual([]);

    for (const file of FILES) {
      const res = await monitor.post("/api/v1/alerts/alertmanager", fixture(file));
      expect(res.status, `${file}: ${JSON.stringify(res.body)}`).toBe(200);
      await processed(res.body.alerts.map((a: { alertId: string }) => a.alertId));
    }
    const [inst1, inst2, down] = await Promise.all(["am:b80d664ba2c8a0af", "am:8b0ad85c01a78df8", "am:e7ca9b88e8786db6"].map(row));
    expect([inst1, inst2].map((a) => [a.fingerprint, a.state, a.count, a.systemId, a.incidentId])).toEqual([
      ["b80d664ba2c8a0af", "RESOLVED", 2, null, null],
      ["8b0ad85c01a78df8", "RESOLVED", 2, null, null],
    ]);
    expect(inst1).toMatchObject({ source: "prod", title: "HighErrorRate", summary: "High 5xx error rate on api/inst1", severity: "WARNING", sourceKind: "ALERTMANAGER" });
    expect(inst1.endsAtText).toBe("2026-03-10 12:31:50.123");
    expect(down).toMatchObject({ fingerprint: "e7ca9b88e8786db6", state: "FIRING", count: 2, systemId: petstore, severity: "CRITICAL", source: "web\\.hook", endsAtText: null });
    const incidents = await incidentsOf(petstore);
    expect(incidents.filter((i) => i.state !== "RESOLVED")).toHaveLength(1);
    expect(down.incidentId).toBe(incidents.at(-1)!.id);
    expect(incidents.at(-1)).toMatchObject({ title: "InstanceDown", severity: "CRITICAL", state: "OPEN", stormSuppressed: false });
    // Each change of state is a transition: created firing, then resolved (repeats change nothing).
    const moves = await queryDb<{ fromState: string | null; toState: string }>(
      `SELECT "fromState", "toState" FROM "AlertTransition" WHERE "alertId" = $1 ORDER BY "id"`, [inst1.id]);
    expect(moves.slice(-2)).toEqual([{ fromState: null, toState: "FIRING" }, { fromState: "FIRING", toState: "RESOLVED" }]);
  });
});

describe("dedup", () => {
  it("keeps one alert per fingerprint however often it is sent, in one webhook or many", async () => {
    const labels = { alertname: "DiskFull", test_run: uniqueKey("dedup") };
    await send(monitor, "dedup", [{ labels }, { labels }]);
    await send(monitor, "dedup", [{ labels }]);
    await Promise.all([1, 2, 3].map(() => send(monitor, "dedup", [{ labels }])));
    const alert = await alertOf(labels);
    expect(alert.count).toBe(5);
    expect((await queryDb(`SELECT 1 FROM "AlertTransition" WHERE "alertId" = $1`, [alert.id])).length).toBe(1);
  });
});

describe("generic events API", () => {
  it("triggers (a dedup key generated and returned), repeats, acknowledges and resolves by dedup key", async () => {
    const petstore = await system(eng, "ev-sys");
    const trigger = { action: "trigger", summary: "Queue depth high", source: uniqueKey("ev-src"), severity: "major", labels: { junction_system: petstore.key }, links: [{ href: "https://grafana.example.com/d/1", text: "Dashboard" }] };
    const first = await monitor.post("/api/v1/alerts/events", trigger);
    expect(first.status, JSON.stringify(first.body)).toBe(202);
    expect(first.body).toMatchObject({ status: "FIRING", alertId: expect.any(String), dedupKey: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const again = await monitor.post("/api/v1/alerts/events", { ...trigger, dedupKey: first.body.dedupKey });
    expect(again.body.alertId).toBe(first.body.alertId);
    await processed([first.body.alertId]);
    const stored = await row(`ev:${first.body.dedupKey}`);
    expect(stored).toMatchObject({ count: 2, severity: "MAJOR", systemId: petstore.id, sourceKind: "GENERIC", links: trigger.links });

    const ack = await monitor.post("/api/v1/alerts/events", { action: "acknowledge", dedupKey: first.body.dedupKey });
    expect(ack.status).toBe(202);
    expect(ack.body.status).toBe("ACKNOWLEDGED");
    const [incident] = await incidentsOf(petstore.id);
    expect(incident.state).toBe("ACKNOWLEDGED");
    const resolve = await monitor.post("/api/v1/alerts/events", { action: "resolve", dedupKey: first.body.dedupKey });
    expect(resolve.body.status).toBe("RESOLVED");
    await processed([first.body.alertId]);
    expect((await incidentsOf(petstore.id))[0].state).toBe("RESOLVED");

    const unknown = await monitor.post("/api/v1/alerts/events", { action: "resolve", dedupKey: "never-sent" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([{ path: "dedupKey", message: "no alert has this dedup key" }]);
  });

  it("accepts signed webhook sources as well as tokens", async () => {
    const source = await webhookSource();
    const body = JSON.stringify(webhook("signed", [{ labels: { alertname: "Signed", test_run: uniqueKey("signed") } }]));
    const res = await signedPost("/api/v1/alerts/alertmanager", body, source);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.accepted).toBe(1);
  });
});

describe("flapping", () => {
  it("turns on at 4 state changes within 10 minutes and off again once they are older", async () => {
    const labels = { alertname: "Flappy", test_run: uniqueKey("flap") };
    const flip = (status: "firing" | "resolved") => send(monitor, "flap", [{ labels, status }]);
    await flip("firing");
    await flip("resolved");
    await flip("firing");
    await flip("resolved");
    expect((await alertOf(labels)).flapping).toBe(false); // 3 changes
    await flip("firing");
    expect((await alertOf(labels)).flapping).toBe(true);
    await advanceAlertClock(11);
    await flip("firing"); // a repeat: no change, and the old ones left the window
    expect((await alertOf(labels)).flapping).toBe(false);
  });
});

describe("refused payloads", () => {
  it("answer 4xx with field paths, and are kept (body cut at 64 KB) for authenticated senders only", async () => {
    const marker = uniqueKey("bad");
    const bad = webhook(marker, [{ labels: { alertname: "X" } }]) as Record<string, any>;
    bad.alerts[0].fingerprint = "not-hex";
    bad.alerts[0].startsAt = "yesterday";
    delete bad.alerts[0].status;
    bad.padding = "p".repeat(70_000);
    const res = await monitor.post("/api/v1/alerts/alertmanager", bad);
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(["alerts.0.fingerprint", "alerts.0.startsAt", "alerts.0.status"]);

    const bodyText = JSON.stringify(bad);
    const [kept] = await queryDb<{ status: number; errors: { path: string }[]; body: string; sourceKind: string }>(
      `SELECT * FROM "AlertRejection" WHERE "body" LIKE $1`, [`%${marker}%`]);
    expect(kept).toMatchObject({ status: 422, sourceKind: "ALERTMANAGER" });
    expect(kept.errors.map((e) => e.path).sort()).toEqual(paths);
    expect(Buffer.byteLength(kept.body)).toBe(64 * 1024);
    expect(bodyText.startsWith(kept.body)).toBe(true);

    const listed = await eng.get("/api/v1/alerts/rejections?pageSize=5");
    expect(listed.status).toBe(200);
    expect(listed.body.items.some((r: { body: string }) => r.body.includes(marker))).toBe(true);
    expect((await (await as("VIEWER")).get("/api/v1/alerts/rejections")).status).toBe(403);

    const event = await monitor.post("/api/v1/alerts/events", { action: "trigger", source: marker });
    expect(event.status).toBe(422);
    expect(event.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["severity", "summary"]);

    const anonymousMarker = uniqueKey("anon");
    const refused = await anonymous().post("/api/v1/alerts/alertmanager", { receiver: anonymousMarker });
    expect(refused.status).toBe(401);
    expect(await queryDb(`SELECT 1 FROM "AlertRejection" WHERE "body" LIKE $1`, [`%${anonymousMarker}%`])).toEqual([]);
  });
});
