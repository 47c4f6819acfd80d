import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, as, uniqueKey, type ApiClient } from "./helpers/client";
import { auditEntries, closeDb, deleteUser, insertInactiveUser, teamMemberCount, userIdByEmail } from "./helpers/db";

let eng: ApiClient;
const ids = { admin: "", engineer: "", viewer: "" };

const newTeam = (over: Record<string, unknown> = {}) => ({ key: uniqueKey("team"), name: "Test team", ...over });
const paths = (body: { errors: { path: string }[] }) => body.errors.map((e) => e.path);

beforeAll(async () => {
  eng = await as("ENGINEER");
  ids.admin = await userIdByEmail("admin@junction.local");
  ids.engineer = await userIdByEmail("engineer@junction.local");
  ids.viewer = await userIdByEmail("viewer@junction.local");
});
afterAll(closeDb);

describe("/api/v1/teams access", () => {
  it("refuses anonymous callers with 401 problem+json", async () => {
    for (const res of [await anonymous().get("/api/v1/teams"), await anonymous().post("/api/v1/teams", newTeam())]) {
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("lets a viewer read but not change (403)", async () => {
    const viewer = await as("VIEWER");
    const { body } = await eng.post("/api/v1/teams", newTeam());
    expect((await viewer.get(`/api/v1/teams/${body.id}`)).status).toBe(200);
    expect((await viewer.post("/api/v1/teams", newTeam())).status).toBe(403);
    expect((await viewer.patch(`/api/v1/teams/${body.id}`, { version: 1, name: "Viewer edit" })).status).toBe(403);
    expect((await viewer.delete(`/api/v1/teams/${body.id}`)).status).toBe(403);
    expect((await eng.get(`/api/v1/teams/${body.id}`)).body).toMatchObject({ name: "Test team", version: 1 });
  });
});

describe("/api/v1/teams lifecycle", () => {
  it("creates with members, replaces them on PATCH with a version check, and audits members", async () => {
    const created = await eng.post("/api/v1/teams", newTeam({
      contactEmail: "payments@example.com", chatChannel: "#payments",
      members: [{ userId: ids.engineer }, { userId: ids.admin, role: "LEAD" }],
    }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      version: 1, description: "", contactEmail: "payments@example.com", onCall: null, counts: { systems: 0, interfaces: 0 },
      // Leads first.
      members: [
        { role: "LEAD", user: { id: ids.admin, email: "admin@junction.local", active: true } },
        { role: "MEMBER", user: { id: ids.engineer, email: "engineer@junction.local" } },
      ],
    });
    const { id, key } = created.body;
    expect((await eng.get(`/api/v1/teams/${key}`)).body.id).toBe(id);

    const updated = await eng.patch(`/api/v1/teams/${id}`, { version: 1, contactEmail: "", members: [{ userId: ids.viewer, role: "LEAD" }] });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ version: 2, contactEmail: null, members: [{ role: "LEAD", user: { id: ids.viewer } }] });
    expect(updated.body.members).toHaveLength(1);

    const renamed = await eng.patch(`/api/v1/teams/${id}`, { version: 2, name: "Renamed" });
    expect(renamed.body).toMatchObject({ name: "Renamed", version: 3 });
    expect(renamed.body.members).toHaveLength(1); // absent `members` leaves the list alone

    const stale = await eng.patch(`/api/v1/teams/${id}`, { version: 2, name: "Lost update", members: [] });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toContainEqual({ path: "version", message: "stale version" });
    const after = await eng.get(`/api/v1/teams/${id}`);
    expect(after.body).toMatchObject({ name: "Renamed", version: 3, members: [{ user: { id: ids.viewer } }] });

    const audit = await auditEntries("TEAM", id);
    expect(audit.map((a) => a.action)).toEqual(["CREATE", "UPDATE", "UPDATE"]);
    expect(audit[0].after).toMatchObject({ key, members: [{ user: { id: ids.admin } }, { user: { id: ids.engineer } }] });
    expect(audit[1].before).toMatchObject({ members: [{ user: { id: ids.admin } }, { user: { id: ids.engineer } }] });
    expect(audit[1].after).toMatchObject({ contactEmail: null, members: [{ role: "LEAD", user: { id: ids.viewer } }] });
  });

  it("rejects a duplicate key with 409", async () => {
    const body = newTeam();
    expect((await eng.post("/api/v1/teams", body)).status).toBe(201);
    const dup = await eng.post("/api/v1/teams", body);
    expect(dup.status).toBe(409);
    expect(dup.body.errors).toContainEqual({ path: "key", message: "already exists" });
  });

  it("refuses to delete a team that owns a system or interface, naming them; then deletes it with its members", async () => {
    const team = await eng.post("/api/v1/teams", newTeam({ members: [{ userId: ids.engineer }] }));
    const teamId = team.body.id;
    const system = await eng.post("/api/v1/systems", { key: uniqueKey("sys"), name: "Owned", kind: "DATABASE", layer: "DATA", teamId });
    const other = await eng.post("/api/v1/systems", { key: uniqueKey("sys"), name: "Other", kind: "DATABASE", layer: "DATA" });
    const iface = await eng.post("/api/v1/interfaces", {
      key: uniqueKey("if"), name: "Owned", style: "DB_LINK", mode: "SYNC", providerSystemId: system.body.id, consumerSystemId: other.body.id, teamId,
    });
    expect([system.status, other.status, iface.status]).toEqual([201, 201, 201]);
    expect((await eng.get(`/api/v1/teams/${teamId}`)).body.counts).toEqual({ systems: 1, interfaces: 1 });

    const refused = await eng.delete(`/api/v1/teams/${teamId}`);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain(`1 system: ${system.body.key}`);
    expect(refused.body.detail).toContain(`1 interface: ${iface.body.key}`);
    expect(refused.body.errors).toEqual([{ path: "systems", message: system.body.key }, { path: "interfaces", message: iface.body.key }]);
    expect((await eng.get(`/api/v1/teams/${teamId}`)).status).toBe(200);

    expect((await eng.patch(`/api/v1/systems/${system.body.id}`, { version: 1, teamId: null })).status).toBe(200);
    expect((await eng.patch(`/api/v1/interfaces/${iface.body.id}`, { version: 1, teamId: null })).status).toBe(200);
    expect((await eng.delete(`/api/v1/teams/${teamId}`)).status).toBe(204);
    expect((await eng.get(`/api/v1/teams/${teamId}`)).status).toBe(404);
    expect(await teamMemberCount(teamId)).toBe(0);

    const audit = await auditEntries("TEAM", teamId);
    expect(audit.map((a) => a.action)).toEqual(["CREATE", "DELETE"]);
    expect(audit[1]).toMatchObject({ after: null, before: { id: teamId, members: [{ user: { id: ids.engineer } }] } });
  });
});

describe("/api/v1/teams validation", () => {
  it("checks members: unknown, deactivated and duplicate users at members.N.userId", async () => {
    const inactive = await insertInactiveUser();
    try {
      const res = await eng.post("/api/v1/teams", newTeam({ members: [{ userId: "no-such-user" }, { userId: inactive }] }));
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([
        { path: "members.0.userId", message: "unknown user" },
        { path: "members.1.userId", message: "this user is deactivated" },
      ]);
    } finally {
      await deleteUser(inactive);
    }
    const dup = await eng.post("/api/v1/teams", newTeam({ members: [{ userId: ids.admin }, { userId: ids.admin, role: "LEAD" }] }));
    expect(dup.status).toBe(422);
    expect(paths(dup.body)).toEqual(["members.1.userId"]);

    const { body } = await eng.post("/api/v1/teams", newTeam());
    const patch = await eng.patch(`/api/v1/teams/${body.id}`, { version: 1, members: [{ userId: "no-such-user" }] });
    expect(patch.status).toBe(422);
    expect(paths(patch.body)).toEqual(["members.0.userId"]);
    expect((await eng.get(`/api/v1/teams/${body.id}`)).body.version).toBe(1);
  });

  it("answers unknown fields and wrong types with field paths, malformed JSON with 400", async () => {
    const res = await eng.post("/api/v1/teams", {
      key: "x", name: 7, contactEmail: "not-an-email", members: [{ userId: ids.admin, role: "OWNER" }], bogus: true,
    });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(paths(res.body)).toEqual(expect.arrayContaining(["key", "name", "contactEmail", "members.0.role", "bogus"]));
    expect((await eng.patch("/api/v1/teams/any-id", { name: "No version" })).body.errors).toContainEqual(
      expect.objectContaining({ path: "version" }),
    );
    const malformed = await eng.request("POST", "/api/v1/teams", "{\"key\":");
    expect(malformed.status).toBe(400);
  });
});

describe("GET /api/v1/teams", () => {
  it("searches, filters by member, sorts and paginates", async () => {
    const run = uniqueKey("tml");
    for (const [suffix, members] of [["a", [ids.viewer]], ["b", []], ["c", [ids.viewer, ids.admin]]] as const) {
      const res = await eng.post("/api/v1/teams", newTeam({ key: `${run}-${suffix}`, name: `Team ${suffix}`, members: members.map((userId) => ({ userId })) }));
      expect(res.status).toBe(201);
    }
    const keys = async (query: string) => {
      const res = await eng.get(`/api/v1/teams?q=${run}&${query}`);
      expect(res.status).toBe(200);
      return res.body.items.map((t: { key: string }) => t.key.slice(run.length + 1));
    };
    expect(await keys("sort=key")).toEqual(["a", "b", "c"]);
    expect(await keys("sort=-name")).toEqual(["c", "b", "a"]);
    expect(await keys(`memberId=${ids.viewer}&sort=key`)).toEqual(["a", "c"]);
    expect(await keys(`memberId=${ids.admin}`)).toEqual(["c"]);

    const page = await eng.get(`/api/v1/teams?q=${run}&sort=key&page=2&pageSize=2`);
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.body.items.map((t: { key: string }) => t.key)).toEqual([`${run}-c`]);

    expect((await eng.get("/api/v1/teams?sort=members")).status).toBe(400);
  });
});
