// Bulk assignment of owners: all or nothing, one audited change per record that actually changes,
// the same refusals a PATCH makes (unknown and deactivated owners), and the role checks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, anonymous, as, uniqueKey, withToken, type ApiClient } from "./helpers/client";
import { auditEntries, closeDb, deleteUser, insertInactiveUser, userIdByEmail } from "./helpers/db";

const SYSTEMS = "/api/v1/systems/bulk-assign";
const INTERFACES = "/api/v1/interfaces/bulk-assign";

let eng: ApiClient;
let engineerId: string;
let adminId: string;
let inactiveId: string;

beforeAll(async () => {
  eng = await as("ENGINEER");
  engineerId = (await eng.get("/api/v1/me")).body.id;
  adminId = await userIdByEmail(DEMO.ADMIN);
  inactiveId = await insertInactiveUser();
});

afterAll(async () => {
  await deleteUser(inactiveId); // nothing may reference it: every assignment of it was refused
  await closeDb();
});

async function createTeam(): Promise<{ id: string; key: string; name: string }> {
  const res = await eng.post("/api/v1/teams", { key: uniqueKey("bulk-team"), name: "Bulk team" });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function createSystem(over: Record<string, unknown> = {}) {
  const res = await eng.post("/api/v1/systems", { key: uniqueKey("bulk-sys"), name: "Bulk system", kind: "BUSINESS_APP", layer: "BUSINESS", ...over });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number; teamId: string | null; technicalOwnerId: string | null; businessOwnerId: string | null };
}

async function createInterface(over: Record<string, unknown> = {}) {
  const [a, b] = [await createSystem(), await createSystem()];
  const res = await eng.post("/api/v1/interfaces", {
    key: uniqueKey("bulk-if"), name: "Bulk interface", style: "REST", mode: "SYNC", providerSystemId: a.id, consumerSystemId: b.id, ...over,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number };
}

const paths = (body: { errors: { path: string }[] }) => body.errors.map((e) => e.path);

describe("POST /api/v1/systems/bulk-assign", () => {
  it("changes what differs with one audit entry per record, and leaves records already at those values alone", async () => {
    const team = await createTeam();
    const plain = await createSystem({ technicalOwnerId: adminId });
    const owned = await createSystem({ teamId: team.id, technicalOwnerId: engineerId });
    const partly = await createSystem({ teamId: team.id, technicalOwnerId: adminId, businessOwnerId: adminId });

    const res = await eng.post(SYSTEMS, { ids: [plain.id, owned.id, partly.id], set: { teamId: team.id, technicalOwnerId: engineerId } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({
      updated: 2,
      unchanged: 1,
      items: [{ id: plain.id, version: 2 }, { id: owned.id, version: 1 }, { id: partly.id, version: 2 }],
    });

    // The fields not named in `set` are untouched; the named ones are set.
    const read = async (id: string) => (await eng.get(`/api/v1/systems/${id}`)).body;
    expect(await read(plain.id)).toMatchObject({ version: 2, teamId: team.id, technicalOwnerId: engineerId, businessOwnerId: null, team: { id: team.id } });
    expect(await read(partly.id)).toMatchObject({ version: 2, teamId: team.id, technicalOwnerId: engineerId, businessOwnerId: adminId });
    expect(await read(owned.id)).toMatchObject({ version: 1 });

    // Exactly one UPDATE per changed record, with before/after snapshots as a PATCH writes them.
    const plainTrail = await auditEntries("SYSTEM", plain.id);
    expect(plainTrail.map((e) => e.action)).toEqual(["CREATE", "UPDATE"]);
    expect(plainTrail[1]).toMatchObject({
      actorLabel: DEMO.ENGINEER,
      before: { id: plain.id, version: 1, teamId: null, technicalOwnerId: adminId, team: null },
      after: { id: plain.id, version: 2, teamId: team.id, technicalOwnerId: engineerId, team: { id: team.id, key: team.key, name: team.name } },
    });
    // A bulk change is an edit like any other: it moves updatedAt (what the "stale" rule reads).
    expect(Date.parse(plainTrail[1].after!.updatedAt as string)).toBeGreaterThan(Date.parse(plainTrail[1].before!.updatedAt as string));
    // The snapshot has the same shape as a PATCH's (same select).
    const patched = await createSystem();
    expect((await eng.patch(`/api/v1/systems/${patched.id}`, { version: 1, tier: 1 })).status).toBe(200);
    const [, patchEntry] = await auditEntries("SYSTEM", patched.id);
    expect(Object.keys(plainTrail[1].after!).sort()).toEqual(Object.keys(patchEntry.after!).sort());

    const partlyTrail = await auditEntries("SYSTEM", partly.id);
    expect(partlyTrail.map((e) => e.action)).toEqual(["CREATE", "UPDATE"]);
    expect(partlyTrail[1]).toMatchObject({ before: { technicalOwnerId: adminId, businessOwnerId: adminId }, after: { technicalOwnerId: engineerId, businessOwnerId: adminId } });
    expect((await auditEntries("SYSTEM", owned.id)).map((e) => e.action)).toEqual(["CREATE"]);

    // The same request again changes nothing and writes nothing.
    const again = await eng.post(SYSTEMS, { ids: [plain.id, owned.id, partly.id], set: { teamId: team.id, technicalOwnerId: engineerId } });
    expect(again.body).toMatchObject({ updated: 0, unchanged: 3 });
    expect((await auditEntries("SYSTEM", plain.id)).length).toBe(2);
  });

  it("clears fields with null", async () => {
    const team = await createTeam();
    const s = await createSystem({ teamId: team.id, businessOwnerId: adminId, technicalOwnerId: adminId });
    const res = await eng.post(SYSTEMS, { ids: [s.id], set: { teamId: null, businessOwnerId: null } });
    expect(res.body).toEqual({ updated: 1, unchanged: 0, items: [{ id: s.id, version: 2 }] });
    expect((await eng.get(`/api/v1/systems/${s.id}`)).body).toMatchObject({ teamId: null, team: null, businessOwnerId: null, technicalOwnerId: adminId });
    const [, update] = await auditEntries("SYSTEM", s.id);
    expect(update).toMatchObject({ action: "UPDATE", before: { teamId: team.id, businessOwnerId: adminId }, after: { teamId: null, businessOwnerId: null } });
  });

  it("refuses anonymous callers (401) and viewers (403), and accepts an engineer's API token", async () => {
    const s = await createSystem();
    const team = await createTeam();
    const body = { ids: [s.id], set: { teamId: team.id } };
    const anon = await anonymous().post(SYSTEMS, body);
    expect(anon.status).toBe(401);
    expect(anon.headers.get("content-type")).toContain("application/problem+json");
    const viewer = await (await as("VIEWER")).post(SYSTEMS, body);
    expect(viewer.status).toBe(403);
    expect((await eng.get(`/api/v1/systems/${s.id}`)).body.version).toBe(1);

    const token = await eng.post("/api/v1/tokens", { name: uniqueKey("bulk-token") });
    expect(token.status).toBe(201);
    try {
      const viaToken = await withToken(token.body.secret).post(SYSTEMS, body);
      expect(viaToken.status, JSON.stringify(viaToken.body)).toBe(200);
      expect(viaToken.body).toMatchObject({ updated: 1 });
      const audit = await eng.get(`/api/v1/audit?entityType=SYSTEM&entityId=${s.id}&action=UPDATE`);
      expect(audit.body.items).toHaveLength(1);
      expect(audit.body.items[0].actor).toEqual({ userId: engineerId, label: DEMO.ENGINEER, viaToken: true });
    } finally {
      await eng.delete(`/api/v1/tokens/${token.body.token.id}`);
    }
  });

  it("validates the body with field paths", async () => {
    const s = await createSystem();
    const team = await createTeam();
    const expect422 = async (body: unknown, path: string) => {
      const res = await eng.post(SYSTEMS, body);
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(paths(res.body)).toContain(path);
    };
    await expect422({ ids: [], set: { teamId: team.id } }, "ids");
    await expect422({ ids: Array.from({ length: 501 }, (_, i) => `id-${i}`), set: { teamId: team.id } }, "ids");
    await expect422({ ids: [s.id, "other", s.id], set: { teamId: team.id } }, "ids.2");
    await expect422({ ids: [s.id], set: {} }, "set");
    await expect422({ ids: [s.id], set: { teamId: team.id, tier: 0 } }, "set.tier");
    await expect422({ ids: [s.id], set: { teamId: team.id }, version: 1 }, "version");
    await expect422({ ids: [s.id] }, "set");
    await expect422({ ids: [s.id], set: { teamId: "no-such-team" } }, "set.teamId");
    await expect422({ ids: [s.id], set: { technicalOwnerId: "no-such-user" } }, "set.technicalOwnerId");
    // 500 is the most one request may carry (refused here only because the ids do not exist).
    expect((await eng.post(SYSTEMS, { ids: Array.from({ length: 500 }, (_, i) => `missing-${i}`), set: { teamId: team.id } })).status).toBe(404);
    expect((await eng.get(`/api/v1/systems/${s.id}`)).body.version).toBe(1);
    expect(await auditEntries("SYSTEM", s.id)).toHaveLength(1);
  });

  it("refuses a deactivated person as owner and changes nothing", async () => {
    const [a, b] = [await createSystem(), await createSystem()];
    const res = await eng.post(SYSTEMS, { ids: [a.id, b.id], set: { technicalOwnerId: engineerId, businessOwnerId: inactiveId } });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: "set.businessOwnerId", message: "deactivated people cannot own records" }]);
    for (const s of [a, b]) {
      expect((await eng.get(`/api/v1/systems/${s.id}`)).body).toMatchObject({ version: 1, technicalOwnerId: null, businessOwnerId: null });
      expect(await auditEntries("SYSTEM", s.id)).toHaveLength(1);
    }
  });

  it("answers unknown ids with 404 naming them, and changes none of the others", async () => {
    const team = await createTeam();
    const [a, b] = [await createSystem(), await createSystem()];
    const res = await eng.post(SYSTEMS, { ids: [a.id, "no-such-system", b.id, "nor-this"], set: { teamId: team.id } });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors).toEqual([
      { path: "ids.1", message: "unknown system" },
      { path: "ids.3", message: "unknown system" },
    ]);
    for (const s of [a, b]) {
      expect((await eng.get(`/api/v1/systems/${s.id}`)).body).toMatchObject({ version: 1, teamId: null });
      expect(await auditEntries("SYSTEM", s.id)).toHaveLength(1);
    }
  });

  it("refuses an interface id: the two lists are separate", async () => {
    const i = await createInterface();
    const team = await createTeam();
    const res = await eng.post(SYSTEMS, { ids: [i.id], set: { teamId: team.id } });
    expect(res.status).toBe(404);
    expect(res.body.errors).toEqual([{ path: "ids.0", message: "unknown system" }]);
  });
});

describe("POST /api/v1/interfaces/bulk-assign", () => {
  it("sets team and technical owner with one audit entry per changed interface", async () => {
    const team = await createTeam();
    const [a, b] = [await createInterface(), await createInterface({ teamId: team.id, technicalOwnerId: adminId })];
    const res = await eng.post(INTERFACES, { ids: [a.id, b.id], set: { teamId: team.id, technicalOwnerId: adminId } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ updated: 1, unchanged: 1, items: [{ id: a.id, version: 2 }, { id: b.id, version: 1 }] });
    expect((await eng.get(`/api/v1/interfaces/${a.id}`)).body).toMatchObject({ version: 2, teamId: team.id, technicalOwnerId: adminId });
    const trail = await auditEntries("INTERFACE", a.id);
    expect(trail.map((e) => e.action)).toEqual(["CREATE", "UPDATE"]);
    expect(trail[1]).toMatchObject({
      actorLabel: DEMO.ENGINEER,
      before: { id: a.id, version: 1, teamId: null, technicalOwnerId: null, team: null, technicalOwner: null },
      after: { id: a.id, version: 2, teamId: team.id, technicalOwnerId: adminId, team: { id: team.id }, technicalOwner: { id: adminId } },
    });
    expect(await auditEntries("INTERFACE", b.id)).toHaveLength(1);
  });

  it("refuses businessOwnerId, deactivated owners, unknown ids and viewers", async () => {
    const i = await createInterface();
    const refused = await eng.post(INTERFACES, { ids: [i.id], set: { businessOwnerId: engineerId } });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toContainEqual({ path: "set.businessOwnerId", message: "unknown field" });
    const inactive = await eng.post(INTERFACES, { ids: [i.id], set: { technicalOwnerId: inactiveId } });
    expect(inactive.status).toBe(422);
    expect(inactive.body.errors).toEqual([{ path: "set.technicalOwnerId", message: "deactivated people cannot own records" }]);
    const unknown = await eng.post(INTERFACES, { ids: [i.id, "no-such-interface"], set: { technicalOwnerId: engineerId } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors).toEqual([{ path: "ids.1", message: "unknown interface" }]);
    expect((await (await as("VIEWER")).post(INTERFACES, { ids: [i.id], set: { technicalOwnerId: engineerId } })).status).toBe(403);
    expect((await anonymous().post(INTERFACES, { ids: [i.id], set: { technicalOwnerId: engineerId } })).status).toBe(401);
    expect((await eng.get(`/api/v1/interfaces/${i.id}`)).body).toMatchObject({ version: 1, technicalOwnerId: null });
    expect(await auditEntries("INTERFACE", i.id)).toHaveLength(1);
  });
});
