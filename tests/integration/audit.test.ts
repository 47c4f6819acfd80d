import { describe, expect, it } from "vitest";
import { ApiClient, DEMO, anonymous, as, uniqueKey, withToken } from "./helpers/client";

const PASSWORD = "correct-horse-battery";
// What every reader may see (lib/schemas/audit.ts READER_AUDIT_ENTITY_TYPES): the catalogue, views,
// settings and the standards area; never users, tokens or sign-in events.
const READER_TYPES = [
  "SYSTEM", "INTERFACE", "TEAM", "VIEW", "SETTING", "STANDARD", "WAIVER", "ATTESTATION", "CONTRACT", "INITIATIVE",
  "ALERT", "INCIDENT", "ALERT_MAPPING", "SILENCE", "MAINTENANCE_WINDOW",
];
type Entry = { id: string; at: string; action: string; entityType: string; entityId: string; actor: { userId: string | null; label: string; viaToken: boolean } };

const newSystem = () => ({ key: uniqueKey("audit-sys"), name: "Audited system", kind: "DATABASE", layer: "DATA" });

/** A fresh engineer (created by the demo admin) with a session and an API token of their own. */
async function freshEngineer() {
  const email = `${uniqueKey("audit-user")}@example.test`;
  const created = await (await as("ADMIN")).post("/api/v1/users", { email, name: "Audit Engineer", role: "ENGINEER", password: PASSWORD });
  expect(created.status).toBe(201);
  const session = new ApiClient();
  expect(await session.signIn(email, PASSWORD)).toBe(true);
  const token = await session.post("/api/v1/tokens", { name: "audit" });
  expect(token.status).toBe(201);
  return { user: created.body, session, bearer: withToken(token.body.secret) };
}

describe("/api/v1/audit", () => {
  it("refuses anonymous callers with 401 and bad filters with 400", async () => {
    expect((await anonymous().get("/api/v1/audit")).status).toBe(401);
    const viewer = await as("VIEWER");
    expect((await viewer.get("/api/v1/audit?entityType=NOPE")).status).toBe(400);
    expect((await viewer.get("/api/v1/audit?pageSize=0")).status).toBe(400);
  });

  it("records catalog changes newest first, with who made them and how", async () => {
    const eng = await as("ENGINEER");
    const created = await eng.post("/api/v1/systems", newSystem());
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await eng.patch(`/api/v1/systems/${id}`, { version: 1, name: "Renamed" })).status).toBe(200);

    const viewer = await as("VIEWER");
    const res = await viewer.get(`/api/v1/audit?entityType=SYSTEM&entityId=${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    const [update, create] = res.body.items;
    expect(update).toMatchObject({ action: "UPDATE", entityType: "SYSTEM", entityId: id, before: { name: "Audited system" }, after: { name: "Renamed" } });
    expect(create).toMatchObject({ action: "CREATE", before: null, after: { key: created.body.key } });
    expect(create.actor).toEqual({ userId: expect.any(String), label: DEMO.ENGINEER, viaToken: false });
    expect(Date.parse(update.at)).toBeGreaterThanOrEqual(Date.parse(create.at));
    expect(Object.keys(update).sort()).toEqual(["action", "actor", "after", "at", "before", "entityId", "entityType", "id"]);
  });

  it("marks changes made with an API token and filters by actor", async () => {
    const { user, bearer } = await freshEngineer();
    const created = await bearer.post("/api/v1/systems", newSystem());
    expect(created.status).toBe(201);

    const viewer = await as("VIEWER");
    const byActor = await viewer.get(`/api/v1/audit?actorUserId=${user.id}`);
    expect(byActor.status).toBe(200);
    // The viewer sees the system, not the user's own token creation (API_TOKEN is admin-only).
    expect(byActor.body.items.map((e: Entry) => [e.action, e.entityType, e.entityId])).toEqual([["CREATE", "SYSTEM", created.body.id]]);
    expect(byActor.body.items[0].actor).toEqual({ userId: user.id, label: user.email, viaToken: true });

    const admin = await as("ADMIN");
    const all = await admin.get(`/api/v1/audit?actorUserId=${user.id}`);
    // Admins also see the sign-in that opened the session the token was made in (SECURITY).
    expect(all.body.items.map((e: Entry) => [e.action, e.entityType])).toEqual([
      ["CREATE", "SYSTEM"], ["CREATE", "API_TOKEN"], ["SIGN_IN_SUCCEEDED", "SECURITY"],
    ]);
    expect(all.body.items.every((e: Entry) => e.actor.userId === user.id)).toBe(true);
  });

  it("shows a viewer the catalogue, saved views and settings only; admins see users and tokens too", async () => {
    const { user } = await freshEngineer();
    const viewer = await as("VIEWER");
    const admin = await as("ADMIN");

    const page = await viewer.get("/api/v1/audit?pageSize=200");
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeGreaterThan(0);
    for (const e of page.body.items as Entry[]) expect(READER_TYPES).toContain(e.entityType);

    for (const type of ["USER", "API_TOKEN"]) {
      expect((await viewer.get(`/api/v1/audit?entityType=${type}`)).body).toMatchObject({ total: 0, items: [] });
      expect((await admin.get(`/api/v1/audit?entityType=${type}`)).body.total).toBeGreaterThan(0);
    }
    const forUser = `/api/v1/audit?entityType=USER&entityId=${user.id}`;
    expect((await viewer.get(forUser)).body.total).toBe(0);
    expect((await (await as("ENGINEER")).get(forUser)).body.total).toBe(0);
    expect((await admin.get(forUser)).body.items).toMatchObject([{ action: "CREATE", actor: { label: DEMO.ADMIN }, after: { email: user.email } }]);
  });

  it("paginates newest first", async () => {
    const eng = await as("ENGINEER");
    const { id } = (await eng.post("/api/v1/systems", newSystem())).body;
    for (const version of [1, 2, 3]) {
      expect((await eng.patch(`/api/v1/systems/${id}`, { version, tier: version - 1 })).status).toBe(200);
    }
    // Scoped to one system, so other tests writing at the same time cannot shift the pages.
    const url = (page: number) => `/api/v1/audit?entityType=SYSTEM&entityId=${id}&pageSize=3&page=${page}`;
    const [first, second] = [(await eng.get(url(1))).body, (await eng.get(url(2))).body];
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(first.items).toHaveLength(3);
    expect(second.items).toHaveLength(1);
    const entries = [...first.items, ...second.items] as (Entry & { after: { version: number } })[];
    expect(entries.map((e) => e.action)).toEqual(["UPDATE", "UPDATE", "UPDATE", "CREATE"]);
    expect(entries.map((e) => e.after.version)).toEqual([4, 3, 2, 1]);
  });
});

describe("audit filters", () => {
  it("filters by action", async () => {
    const eng = await as("ENGINEER");
    const created = await eng.post("/api/v1/systems", { key: uniqueKey("audit-act"), name: "Audit action probe", kind: "OTHER", layer: "DATA" });
    expect(created.status).toBe(201);
    expect((await eng.patch(`/api/v1/systems/${created.body.id}`, { version: 1, name: "Renamed probe" })).status).toBe(200);
    const updates = await eng.get(`/api/v1/audit?entityType=SYSTEM&entityId=${created.body.id}&action=UPDATE`);
    expect(updates.status).toBe(200);
    expect(updates.body.items.map((e: { action: string }) => e.action)).toEqual(["UPDATE"]);
    expect((await eng.get("/api/v1/audit?action=NOPE")).status).toBe(400);
  });

  it("filters by period: from inclusive, to exclusive, in any zone", async () => {
    const eng = await as("ENGINEER");
    const created = await eng.post("/api/v1/systems", { key: uniqueKey("audit-when"), name: "Audit period probe", kind: "OTHER", layer: "DATA" });
    expect(created.status).toBe(201);
    const history = `/api/v1/audit?entityType=SYSTEM&entityId=${created.body.id}`;
    const [entry] = (await eng.get(history)).body.items as Entry[];
    const at = Date.parse(entry.at);
    const iso = (ms: number) => encodeURIComponent(new Date(ms).toISOString());
    const ids = async (query: string) => ((await eng.get(`${history}&${query}`)).body.items as Entry[]).map((e) => e.id);

    expect(await ids(`from=${iso(at)}`)).toEqual([entry.id]);
    expect(await ids(`from=${iso(at + 1)}`)).toEqual([]);
    expect(await ids(`to=${iso(at)}`)).toEqual([]);
    expect(await ids(`to=${iso(at + 1)}`)).toEqual([entry.id]);
    expect(await ids(`from=${iso(at - 60_000)}&to=${iso(at + 60_000)}`)).toEqual([entry.id]);
    // The same instant written in Shanghai's zone.
    const shanghai = new Date(at + 8 * 3_600_000).toISOString().replace("Z", "+08:00");
    expect(await ids(`from=${encodeURIComponent(shanghai)}`)).toEqual([entry.id]);
  });

  it("refuses a period that is not one, naming the field", async () => {
    const viewer = await as("VIEWER");
    for (const [query, field] of [["from=yesterday", "from"], ["to=2026-11-23", "to"], ["from=2026-11-23T10:00:00", "from"],
      ["from=2026-11-23T00:00:00Z&to=2026-11-22T00:00:00Z", "to"], ["from=2026-11-23T00:00:00Z&to=2026-11-23T00:00:00Z", "to"]]) {
      const res = await viewer.get(`/api/v1/audit?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.body.errors.map((e: { path: string }) => e.path), query).toContain(`query.${field}`);
    }
    // The far ends of what the format allows are answered, not failed on.
    const wide = await viewer.get(`/api/v1/audit?from=${encodeURIComponent("0001-01-01T00:00:00Z")}&to=${encodeURIComponent("9999-12-31T23:59:59+14:00")}&pageSize=1`);
    expect(wide.status).toBe(200);
  });
});
