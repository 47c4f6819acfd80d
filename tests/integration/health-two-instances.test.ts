// Two app instances on one database serve the same health: a DOWN sample sent to one is in the
// other's very next at-risk answer and map (each caches the at-risk set keyed on what the
// database holds), and so is the recovery. Instance A is the suite's server; B is started here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "@/scripts/lib/server";
import { as, uniqueKey, withToken, type ApiClient } from "./helpers/client";
import { closeDb } from "./helpers/db";
import { machineToken } from "./helpers/ingest";
import { startSecondInstance } from "./helpers/second-instance";

let instanceB: RunningServer | undefined;
let readA: ApiClient;
let readB: ApiClient;
let ingestA: ApiClient;
let ingestB: ApiClient;

beforeAll(async () => {
  const token = await (await as("VIEWER")).post("/api/v1/tokens", { name: uniqueKey("health-two") });
  expect(token.status).toBe(201);
  const ingest = await machineToken("INGEST");
  instanceB = await startSecondInstance();
  readA = withToken(token.body.secret);
  readB = withToken(token.body.secret, instanceB.url);
  ingestA = withToken(ingest.secret);
  ingestB = withToken(ingest.secret, instanceB.url);
}, 120_000);
afterAll(async () => {
  await instanceB?.stop();
  await closeDb();
});

const atRiskOf = async (client: ApiClient, id: string) => {
  const res = await client.get("/api/v1/health/map");
  expect(res.status).toBe(200);
  return res.body.systems.find((s: { id: string }) => s.id === id)?.atRisk ?? false;
};
const send = async (client: ApiClient, id: string, status: string) => {
  const res = await client.post("/api/v1/health/signals", { samples: [{ target: { type: "SYSTEM", id }, at: new Date().toISOString(), source: "two", status }] });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};

describe("health across two instances", () => {
  it("serves a DOWN sent to one instance, and its recovery sent to the other, in both instances' next answers", async () => {
    const eng = await as("ENGINEER");
    const mk = async (label: string) => (await eng.post("/api/v1/systems", { key: uniqueKey(label), name: label, kind: "BUSINESS_APP", layer: "BUSINESS" })).body.id as string;
    const [provider, consumer] = [await mk("two-provider"), await mk("two-consumer")];
    expect((await eng.post("/api/v1/interfaces", { key: uniqueKey("two-h"), name: "Two", style: "REST", mode: "SYNC", providerSystemId: provider, consumerSystemId: consumer })).status).toBe(201);
    // Both caches warm and agreeing first.
    expect([await atRiskOf(readA, consumer), await atRiskOf(readB, consumer)]).toEqual([false, false]);
    await send(ingestB, provider, "DOWN");
    expect([await atRiskOf(readA, consumer), await atRiskOf(readB, consumer)]).toEqual([true, true]);
    const [fromA, fromB] = [await readA.get(`/api/v1/health/systems/${consumer}`), await readB.get(`/api/v1/health/systems/${consumer}`)];
    expect(fromA.body.atRisk).toEqual(fromB.body.atRisk);
    expect(fromA.body.atRisk.cause.id).toBe(provider);
    await send(ingestA, provider, "UP");
    expect([await atRiskOf(readB, consumer), await atRiskOf(readA, consumer)]).toEqual([false, false]);
  });
});
