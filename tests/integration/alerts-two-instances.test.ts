// Two app instances on one database receive the same Alertmanager webhooks at the same time (as
// two Alertmanagers in a cluster both notify): one alert per fingerprint, counted once per
// receipt, and one incident for the system. Instance A is the suite's server; B is started here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "@/scripts/lib/server";
import { as, withToken, type ApiClient } from "./helpers/client";
import { closeDb } from "./helpers/db";
import { machineToken } from "./helpers/ingest";
import { startSecondInstance } from "./helpers/second-instance";
import { alertOf, incidentsOf, processed, system, webhook } from "./alerts-support";

let instanceB: RunningServer | undefined;
let toA: ApiClient;
let toB: ApiClient;

beforeAll(async () => {
  const token = await machineToken("INGEST");
  instanceB = await startSecondInstance();
  toA = withToken(token.secret);
  toB = withToken(token.secret, instanceB.url);
}, 120_000);
afterAll(async () => {
  await instanceB?.stop();
  await closeDb();
});

describe("alert intake across two instances", () => {
  it("keeps one alert per fingerprint with the right count, and opens one incident", async () => {
    const sys = await system(await as("ENGINEER"), "two-am");
    const alerts = Array.from({ length: 20 }, (_, i) => ({ labels: { alertname: `Two${i}`, junction_system: sys.key, instance: `i${i}` } }));
    const payload = webhook("two", alerts);
    const rounds = 5;
    const answers = await Promise.all(
      Array.from({ length: rounds }, (_, i) => [toA.post("/api/v1/alerts/alertmanager", payload), toB.post("/api/v1/alerts/alertmanager", payload)][i % 2 ? "reverse" : "slice"]()).flat(),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(rounds * 2).fill(200));
    await processed(answers.flatMap((r) => r.body.alerts.map((a: { alertId: string }) => a.alertId)));
    for (const a of alerts) {
      const stored = await alertOf(a.labels);
      expect(stored.count).toBe(rounds * 2);
      expect(stored.state).toBe("FIRING");
    }
    const incidents = await incidentsOf(sys.id);
    expect(incidents).toHaveLength(1);
    const ids = new Set(await Promise.all(alerts.map(async (a) => (await alertOf(a.labels)).incidentId)));
    expect([...ids]).toEqual([incidents[0].id]);
  });
});
