// "Confirm still accurate" on systems and interfaces: stamps reviewer and date, bumps the version,
// audits CONFIRM, and takes the record off the stale list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, as, uniqueKey, type ApiClient } from "./helpers/client";
import { auditEntries, closeDb, queryDb, userIdByEmail } from "./helpers/db";

let eng: ApiClient;
let teamId: string;
let engineerId: string;

beforeAll(async () => {
  eng = await as("ENGINEER");
  engineerId = await userIdByEmail("engineer@junction.local");
  const team = await eng.post("/api/v1/teams", { key: uniqueKey("confirm-team"), name: "Confirm team", members: [{ userId: engineerId, role: "LEAD" }] });
  expect(team.status).toBe(201);
  teamId = team.body.id;
});
afterAll(closeDb);

async function system() {
  const res = await eng.post("/api/v1/systems", {
    key: uniqueKey("confirm-sys"), name: "Confirm system", kind: "DATABASE", layer: "DATA", teamId, technicalOwnerId: engineerId, businessOwnerId: engineerId,
  });
  expect(res.status).toBe(201);
  return res.body;
}

const staleIds = async () =>
  ((await eng.get(`/api/v1/ownership/gaps?teamId=${teamId}&rule=stale&pageSize=200`)).body.findings.items as { subject: { id: string } }[]).map((f) => f.subject.id);

const engineerRef = () => ({ id: engineerId, name: expect.any(String), email: "engineer@junction.local", active: true });

describe("POST /api/v1/systems/{id}/confirm", () => {
  it("stamps reviewer and date, bumps the version, audits CONFIRM and ends staleness", async () => {
    const created = await system();
    expect(created).toMatchObject({ reviewedAt: null, reviewedBy: null });
    await queryDb(`UPDATE "System" SET "updatedAt" = now() - interval '200 days' WHERE "id" = $1`, [created.id]);
    expect(await staleIds()).toContain(created.id);

    const before = Date.now();
    const res = await eng.post(`/api/v1/systems/${created.id}/confirm`, { version: created.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: created.id, name: created.name, version: created.version + 1, reviewedBy: engineerRef() });
    expect(Date.parse(res.body.reviewedAt)).toBeGreaterThanOrEqual(before - 5_000);
    expect(Date.parse(res.body.updatedAt)).toBeGreaterThanOrEqual(before - 5_000);
    // The read (built in SQL) describes it exactly as the confirm response (Prisma) does.
    expect((await eng.get(`/api/v1/systems/${created.id}`)).body).toEqual(res.body);
    expect(await staleIds()).not.toContain(created.id);

    const audit = await auditEntries("SYSTEM", created.id);
    expect(audit.at(-1)).toMatchObject({
      action: "CONFIRM", actorLabel: "engineer@junction.local",
      before: { version: created.version, reviewedAt: null, reviewedBy: null },
      after: { version: created.version + 1, reviewedAt: res.body.reviewedAt, reviewedBy: { id: engineerId } },
    });
  });

  it("refuses a stale version (409), an unknown id (404), extra fields (422), viewers (403) and anonymous callers (401)", async () => {
    const created = await system();
    const edited = await eng.patch(`/api/v1/systems/${created.id}`, { version: created.version, description: "edited" });
    expect(edited.status).toBe(200);
    const stale = await eng.post(`/api/v1/systems/${created.id}/confirm`, { version: created.version });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toContainEqual({ path: "version", message: "stale version" });
    expect((await eng.post(`/api/v1/systems/${uniqueKey("missing")}/confirm`, { version: 1 })).status).toBe(404);
    expect((await eng.post(`/api/v1/systems/${created.id}/confirm`, { version: edited.body.version, note: "x" })).status).toBe(422);
    expect((await eng.post(`/api/v1/systems/${created.id}/confirm`, {})).status).toBe(422);
    const viewer = await (await as("VIEWER")).post(`/api/v1/systems/${created.id}/confirm`, { version: edited.body.version });
    expect(viewer.status).toBe(403);
    expect((await anonymous().post(`/api/v1/systems/${created.id}/confirm`, { version: edited.body.version })).status).toBe(401);
    // Nothing of that touched it.
    expect((await eng.get(`/api/v1/systems/${created.id}`)).body).toMatchObject({ version: edited.body.version, reviewedAt: null });
    expect((await auditEntries("SYSTEM", created.id)).map((e) => e.action)).toEqual(["CREATE", "UPDATE"]);
  });
});

describe("POST /api/v1/interfaces/{id}/confirm", () => {
  it("stamps reviewer and date, keeps what the interface inherits, audits CONFIRM and ends staleness", async () => {
    const provider = await system();
    const consumer = await system();
    const created = await eng.post("/api/v1/interfaces", {
      key: uniqueKey("confirm-if"), name: "Confirm interface", style: "MESSAGE_QUEUE", mode: "ASYNC",
      providerSystemId: provider.id, consumerSystemId: consumer.id,
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    await queryDb(`UPDATE "Interface" SET "updatedAt" = now() - interval '181 days' WHERE "id" = $1`, [id]);
    expect(await staleIds()).toContain(id);

    const res = await eng.post(`/api/v1/interfaces/${id}/confirm`, { version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: 2, reviewedBy: engineerRef(), team: null, technicalOwner: null,
      inherited: { team: { id: teamId }, technicalOwner: { id: engineerId } },
    });
    expect(res.body.reviewedAt).toEqual(expect.any(String));
    expect((await eng.get(`/api/v1/interfaces/${id}`)).body).toEqual(res.body);
    expect(await staleIds()).not.toContain(id);

    const audit = await auditEntries("INTERFACE", id);
    expect(audit.map((e) => e.action)).toEqual(["CREATE", "CONFIRM"]);
    expect(audit[1]).toMatchObject({ before: { version: 1, reviewedAt: null }, after: { version: 2, reviewedAt: res.body.reviewedAt, reviewedBy: { id: engineerId } } });
    // History records the interface's own fields, not what it inherits.
    expect(audit[1].after).not.toHaveProperty("inherited");

    expect((await eng.post(`/api/v1/interfaces/${id}/confirm`, { version: 1 })).status).toBe(409);
    expect((await eng.post(`/api/v1/interfaces/${uniqueKey("missing")}/confirm`, { version: 1 })).status).toBe(404);
    expect((await (await as("VIEWER")).post(`/api/v1/interfaces/${id}/confirm`, { version: 2 })).status).toBe(403);
    expect((await anonymous().post(`/api/v1/interfaces/${id}/confirm`, { version: 2 })).status).toBe(401);
  });
});
