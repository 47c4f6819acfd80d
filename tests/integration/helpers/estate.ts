// Small crafted estates for tests that need their own people, team, systems and interfaces (the
// ownership rules, the score): created over the API, each with a fresh key.
import { expect } from "vitest";
import { as, uniqueKey, type ApiClient } from "./client";

export type Person = { id: string; version: number };
// The fields every created record has, plus whatever else the response carries.
type Created = { id: string; key: string; name: string; version: number } & Record<string, any>;

async function created(res: { status: number; body: Created }): Promise<Created> {
  expect(res.status).toBe(201);
  return res.body;
}

/** Builders acting as an engineer (catalog) and an admin (people). */
export async function estateBuilder() {
  const eng: ApiClient = await as("ENGINEER");
  const admin: ApiClient = await as("ADMIN");
  return {
    eng,
    admin,
    person: async (): Promise<Person> => {
      const email = `${uniqueKey("owner")}@example.test`;
      return created(await admin.post("/api/v1/users", { email, name: `Owner ${email}`, role: "VIEWER", password: "ownership-test-pass" }));
    },
    deactivate: async (p: Person) => {
      expect((await admin.patch(`/api/v1/users/${p.id}`, { version: p.version, active: false })).status).toBe(200);
    },
    team: async (members: { userId: string; role?: "LEAD" | "MEMBER" }[] = []) => {
      const key = uniqueKey("own-team");
      return created(await eng.post("/api/v1/teams", { key, name: `Ownership ${key}`, members }));
    },
    system: async (over: Record<string, unknown>) =>
      created(await eng.post("/api/v1/systems", { key: uniqueKey("own-sys"), name: "Ownership system", kind: "BUSINESS_APP", layer: "BUSINESS", ...over })),
    iface: async (providerSystemId: string, consumerSystemId: string, over: Record<string, unknown> = {}) =>
      created(await eng.post("/api/v1/interfaces", {
        key: uniqueKey("own-if"), name: "Ownership interface", style: "REST", mode: "SYNC", providerSystemId, consumerSystemId, ...over,
      })),
  };
}
