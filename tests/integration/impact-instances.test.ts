// Two app instances on one database: each keeps the dependency graph in memory, so a change made
// through one must show in the other's very next answer. Instance A is the suite's server
// (JUNCTION_BASE_URL); instance B is the production build started here on a free port.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "@/scripts/lib/server";
import { as, uniqueKey, withToken, type ApiClient } from "./helpers/client";
import { startSecondInstance } from "./helpers/second-instance";

let instanceB: RunningServer | undefined;
let a: ApiClient;
let b: ApiClient;

beforeAll(async () => {
  // One engineer's API token works on both instances (a session cookie is tied to one NEXTAUTH_SECRET).
  const token = await (await as("ENGINEER")).post("/api/v1/tokens", { name: uniqueKey("two-instances") });
  expect(token.status).toBe(201);
  instanceB = await startSecondInstance();
  a = withToken(token.body.secret);
  b = withToken(token.body.secret, instanceB.url);
}, 120_000);

afterAll(async () => {
  await instanceB?.stop();
});

const createSystem = async (client: ApiClient, label: string) => {
  const res = await client.post("/api/v1/systems", { key: uniqueKey(label), name: `Two instances ${label}`, kind: "BUSINESS_APP", layer: "BUSINESS" });
  expect(res.status).toBe(201);
  return res.body.id as string;
};
const connect = async (client: ApiClient, provider: string, consumer: string) => {
  const res = await client.post("/api/v1/interfaces", {
    key: uniqueKey("two-if"), name: "Two instances", style: "REST", mode: "SYNC", providerSystemId: provider, consumerSystemId: consumer,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
};
const downstreamOf = async (client: ApiClient, id: string) => {
  const res = await client.get(`/api/v1/systems/${id}/impact`);
  expect(res.status).toBe(200);
  return new Map(res.body.systems.map((s: { id: string; distance: number }) => [s.id, s.distance]));
};

describe("the in-memory graph across two instances", () => {
  it("shows a change made through instance B in instance A's next answer, and its removal too", async () => {
    const root = await createSystem(a, "two-root");
    const first = await createSystem(a, "two-first");
    await connect(a, root, first);
    expect(await downstreamOf(a, root)).toEqual(new Map([[first, 1]])); // A's cache is warm

    const second = await createSystem(b, "two-second");
    const added = await connect(b, first, second);
    expect(await downstreamOf(a, root)).toEqual(new Map([[first, 1], [second, 2]]));
    expect(await downstreamOf(b, root)).toEqual(new Map([[first, 1], [second, 2]]));

    expect((await b.delete(`/api/v1/interfaces/${added}`)).status).toBe(204);
    expect(await downstreamOf(a, root)).toEqual(new Map([[first, 1]]));
  });
});
