// Deactivating a person who owns things: GET /users/{id}/ownerships lists what they answer for,
// POST /users/{id}/deactivate hands each ownership over (or leaves it as a gap) and deactivates
// them, all in one transaction. Every test builds its own people, team and records.
import { afterAll, describe, expect, it } from "vitest";
import { ApiClient, anonymous, as, uniqueKey, withToken } from "./helpers/client";
import { auditEntries, closeDb, queryDb } from "./helpers/db";

afterAll(closeDb);

const PASSWORD = "correct-horse-battery";

type Person = { id: string; email: string; name: string; version: number };

async function person(name: string, role: "ADMIN" | "ENGINEER" | "VIEWER" = "ENGINEER"): Promise<Person> {
  const res = await (await as("ADMIN")).post("/api/v1/users", {
    email: `${uniqueKey("deact")}@example.test`, name: `${name} ${uniqueKey("p")}`, role, password: PASSWORD,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function create(path: string, body: Record<string, unknown>) {
  const res = await (await as("ADMIN")).post(path, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; key: string; name: string; version: number };
}

const system = (name: string, over: Record<string, unknown>) =>
  create("/api/v1/systems", { key: uniqueKey("deact-sys"), name, kind: "BUSINESS_APP", layer: "BUSINESS", ...over });

/**
 * Pat owns: "B system" (tier 0, technical, team), "A system" (tier 1, technical and business,
 * team), and an interface (tier 2, technical, team) between them. Lee leads the team; Pat is a
 * member of it and the only lead of a second team. Oli is someone else, in no team.
 */
async function estate() {
  const [pat, lee, oli] = await Promise.all([person("Pat"), person("Lee"), person("Oli")]);
  const team = await create("/api/v1/teams", {
    key: uniqueKey("deact-team"), name: `Team ${uniqueKey("t")}`,
    members: [{ userId: lee.id, role: "LEAD" }, { userId: pat.id, role: "MEMBER" }],
  });
  const ledTeam = await create("/api/v1/teams", { key: uniqueKey("deact-led"), name: `Led ${uniqueKey("t")}`, members: [{ userId: pat.id, role: "LEAD" }] });
  const tag = uniqueKey("n");
  const b = await system(`${tag} B system`, { tier: 0, teamId: team.id, technicalOwnerId: pat.id });
  const a = await system(`${tag} A system`, { tier: 1, teamId: team.id, technicalOwnerId: pat.id, businessOwnerId: pat.id });
  const other = await system(`${tag} Not Pat's`, { tier: 0, teamId: team.id, technicalOwnerId: lee.id });
  const iface = await create("/api/v1/interfaces", {
    key: uniqueKey("deact-if"), name: `${tag} A to B`, style: "REST", mode: "SYNC", tier: 2,
    providerSystemId: a.id, consumerSystemId: b.id, teamId: team.id, technicalOwnerId: pat.id,
  });
  return { pat, lee, oli, team, ledTeam, a, b, other, iface };
}

const deactivate = async (id: string, body: unknown, client?: ApiClient) => (client ?? (await as("ADMIN"))).post(`/api/v1/users/${id}/deactivate`, body);
const getSystem = async (id: string) => (await (await as("ADMIN")).get(`/api/v1/systems/${id}`)).body;
const getInterface = async (id: string) => (await (await as("ADMIN")).get(`/api/v1/interfaces/${id}`)).body;
const isActive = async (id: string) => (await queryDb<{ active: boolean }>(`SELECT active FROM "User" WHERE id = $1`, [id]))[0].active;

describe("GET /api/v1/users/{id}/ownerships", () => {
  it("lists every ownership by tier then name, with the record's team, its active leads, and the teams led", async () => {
    const e = await estate();
    const res = await (await as("VIEWER")).get(`/api/v1/users/${e.pat.id}/ownerships`);
    expect(res.status).toBe(200);
    const teamId = e.team.id;
    expect(res.body.items).toEqual([
      { entityType: "SYSTEM", id: e.b.id, key: e.b.key, name: e.b.name, tier: 0, lifecycle: "ACTIVE", role: "technicalOwner", teamId },
      { entityType: "SYSTEM", id: e.a.id, key: e.a.key, name: e.a.name, tier: 1, lifecycle: "ACTIVE", role: "technicalOwner", teamId },
      { entityType: "SYSTEM", id: e.a.id, key: e.a.key, name: e.a.name, tier: 1, lifecycle: "ACTIVE", role: "businessOwner", teamId },
      { entityType: "INTERFACE", id: e.iface.id, key: e.iface.key, name: e.iface.name, tier: 2, lifecycle: "ACTIVE", role: "technicalOwner", teamId },
    ]);
    // Each team once, with its active leads: Lee leads it, Pat is only a member.
    expect(res.body.teams).toEqual([{ id: teamId, key: e.team.key, name: e.team.name, activeLeads: [{ id: e.lee.id, name: e.lee.name }] }]);
    expect(res.body.teamsLed).toEqual([{ id: e.ledTeam.id, key: e.ledTeam.key, name: e.ledTeam.name, otherActiveLeads: 0 }]);

    // Someone who owns nothing, an unknown id, and an anonymous caller.
    expect((await (await as("ENGINEER")).get(`/api/v1/users/${e.oli.id}/ownerships`)).body).toEqual({ items: [], teams: [], teamsLed: [] });
    expect((await (await as("ADMIN")).get("/api/v1/users/no-such-user/ownerships")).status).toBe(404);
    expect((await anonymous().get(`/api/v1/users/${e.pat.id}/ownerships`)).status).toBe(401);
  });

  it("does not offer a deactivated lead to take over", async () => {
    const e = await estate();
    expect((await (await as("ADMIN")).patch(`/api/v1/users/${e.lee.id}`, { version: 1, active: false })).status).toBe(200);
    const res = await (await as("ADMIN")).get(`/api/v1/users/${e.pat.id}/ownerships`);
    expect(res.body.teams).toEqual([expect.objectContaining({ id: e.team.id, activeLeads: [] })]);
  });
});

describe("POST /api/v1/users/{id}/deactivate", () => {
  it("hands over to the team lead and to a person, leaves the rest as gaps, audits each record, and deactivates", async () => {
    const e = await estate();
    const res = await deactivate(e.pat.id, {
      version: 1,
      handovers: [
        { entityType: "SYSTEM", entityId: e.b.id, role: "technicalOwner", toUserId: e.lee.id }, // the team lead
        { entityType: "SYSTEM", entityId: e.a.id, role: "technicalOwner", toUserId: e.oli.id }, // a chosen person
        { entityType: "SYSTEM", entityId: e.a.id, role: "businessOwner", toUserId: e.oli.id },
        { entityType: "INTERFACE", entityId: e.iface.id, role: "technicalOwner", toUserId: null }, // left as a gap
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: e.pat.id, active: false, version: 2, handedOver: 3, leftAsGaps: 1 });
    expect(res.body.teamsWithoutLead).toEqual([{ id: e.ledTeam.id, key: e.ledTeam.key, name: e.ledTeam.name }]);
    expect(await isActive(e.pat.id)).toBe(false);

    const b = await getSystem(e.b.id);
    expect(b).toMatchObject({ technicalOwnerId: e.lee.id, version: 2, teamId: e.team.id });
    // Both roles of one record change in one write: one version step, one audit entry.
    const a = await getSystem(e.a.id);
    expect(a).toMatchObject({ technicalOwnerId: e.oli.id, businessOwnerId: e.oli.id, version: 2 });
    const iface = await getInterface(e.iface.id);
    expect(iface).toMatchObject({ technicalOwnerId: e.pat.id, version: 1, technicalOwner: { id: e.pat.id, active: false } });

    const bAudit = await auditEntries("SYSTEM", e.b.id);
    expect(bAudit.map((x) => x.action)).toEqual(["CREATE", "UPDATE"]);
    expect(bAudit[1].before).toMatchObject({ technicalOwnerId: e.pat.id, version: 1 });
    expect(bAudit[1].after).toMatchObject({ technicalOwnerId: e.lee.id, version: 2, technicalOwner: { id: e.lee.id } });
    const aAudit = await auditEntries("SYSTEM", e.a.id);
    expect(aAudit.map((x) => x.action)).toEqual(["CREATE", "UPDATE"]);
    expect(aAudit[1].after).toMatchObject({ technicalOwnerId: e.oli.id, businessOwnerId: e.oli.id });
    expect((await auditEntries("INTERFACE", e.iface.id)).map((x) => x.action)).toEqual(["CREATE"]);
    const userAudit = await auditEntries("USER", e.pat.id);
    expect(userAudit.map((x) => x.action)).toEqual(["CREATE", "DEACTIVATE"]);
    expect(userAudit[1]).toMatchObject({ before: { active: true }, after: { active: false } });

    // Memberships stay (history); Pat's remaining ownership is the interface, now a gap.
    const team = (await (await as("ADMIN")).get(`/api/v1/teams/${e.team.id}`)).body;
    expect(team.members).toContainEqual({ role: "MEMBER", user: expect.objectContaining({ id: e.pat.id, active: false }) });
    const left = (await (await as("ADMIN")).get(`/api/v1/users/${e.pat.id}/ownerships`)).body;
    expect(left.items.map((x: { id: string; role: string }) => [x.id, x.role])).toEqual([[e.iface.id, "technicalOwner"]]);
  });

  it("leaves everything as gaps when no hand-over is listed, and counts them", async () => {
    const e = await estate();
    const res = await deactivate(e.pat.id, { version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ active: false, handedOver: 0, leftAsGaps: 4 });
    expect(await getSystem(e.b.id)).toMatchObject({ technicalOwnerId: e.pat.id, version: 1 });
  });

  it("stops the person's session and API token at once", async () => {
    const e = await estate();
    const session = new ApiClient();
    expect(await session.signIn(e.pat.email, PASSWORD)).toBe(true);
    const token = await session.post("/api/v1/tokens", { name: "before hand-over" });
    expect(token.status).toBe(201);
    const bearer = withToken(token.body.secret);
    expect((await bearer.get("/api/v1/systems?pageSize=1")).status).toBe(200);
    expect((await session.get("/api/v1/me")).status).toBe(200);

    const res = await deactivate(e.pat.id, { version: 1, handovers: [{ entityType: "SYSTEM", entityId: e.b.id, role: "technicalOwner", toUserId: e.lee.id }] });
    expect(res.status).toBe(200);
    expect((await bearer.get("/api/v1/systems?pageSize=1")).status).toBe(401);
    expect((await session.get("/api/v1/me")).status).toBe(401);
    expect((await new ApiClient().attemptSignIn(e.pat.email, PASSWORD)).session).toBe(false);
  });

  it("refuses hand-overs that are not the person's, or to someone who cannot take them, and changes nothing", async () => {
    const e = await estate();
    const gone = await person("Gone");
    expect((await (await as("ADMIN")).patch(`/api/v1/users/${gone.id}`, { version: 1, active: false })).status).toBe(200);
    const res = await deactivate(e.pat.id, {
      version: 1,
      handovers: [
        { entityType: "SYSTEM", entityId: e.b.id, role: "technicalOwner", toUserId: e.lee.id }, // fine on its own
        { entityType: "SYSTEM", entityId: e.other.id, role: "technicalOwner", toUserId: e.oli.id }, // Lee's, not Pat's
        { entityType: "SYSTEM", entityId: e.b.id, role: "businessOwner", toUserId: e.oli.id }, // Pat is not B's business owner
        { entityType: "INTERFACE", entityId: e.iface.id, role: "businessOwner", toUserId: null }, // interfaces have none
        { entityType: "SYSTEM", entityId: e.a.id, role: "technicalOwner", toUserId: gone.id }, // deactivated target
        { entityType: "SYSTEM", entityId: e.a.id, role: "businessOwner", toUserId: e.pat.id }, // to themselves
        { entityType: "INTERFACE", entityId: e.iface.id, role: "technicalOwner", toUserId: "no-such-user" },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual(expect.arrayContaining([
      { path: "handovers.1.entityId", message: expect.stringMatching(/not a technical ownership/) },
      { path: "handovers.2.entityId", message: expect.stringMatching(/not a business ownership/) },
      { path: "handovers.3.entityId", message: expect.any(String) },
      { path: "handovers.4.toUserId", message: "this user is deactivated" },
      { path: "handovers.5.toUserId", message: expect.stringMatching(/someone other/) },
      { path: "handovers.6.toUserId", message: "unknown user" },
    ]));
    expect(res.body.errors.map((x: { path: string }) => x.path)).not.toContain("handovers.0.entityId");
    // All or nothing: the valid hand-over was not made either, and Pat is still active.
    expect(await getSystem(e.b.id)).toMatchObject({ technicalOwnerId: e.pat.id, version: 1 });
    expect(await isActive(e.pat.id)).toBe(true);
    expect((await auditEntries("USER", e.pat.id)).map((x) => x.action)).toEqual(["CREATE"]);
  });

  it("validates the body strictly: unknown fields, a role or type outside the list, duplicates", async () => {
    const e = await estate();
    const strict = await deactivate(e.pat.id, { version: 1, active: false });
    expect(strict.status).toBe(422);
    expect(strict.body.errors).toContainEqual({ path: "active", message: "unknown field" });
    const bad = await deactivate(e.pat.id, { version: 1, handovers: [{ entityType: "TEAM", entityId: e.team.id, role: "lead", toUserId: null, extra: 1 }] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((x: { path: string }) => x.path)).toEqual(
      expect.arrayContaining(["handovers.0.entityType", "handovers.0.role", "handovers.0.extra"]),
    );
    const h = { entityType: "SYSTEM", entityId: e.b.id, role: "technicalOwner", toUserId: e.lee.id };
    const dup = await deactivate(e.pat.id, { version: 1, handovers: [h, { ...h, toUserId: e.oli.id }] });
    expect(dup.status).toBe(422);
    expect(dup.body.errors).toContainEqual({ path: "handovers.1", message: "this ownership is listed twice" });
    expect(await isActive(e.pat.id)).toBe(true);
  });

  it("refuses a stale version (409), an unknown person (404), yourself (409) and an inactive person (409)", async () => {
    const e = await estate();
    const admin = await as("ADMIN");
    expect((await admin.patch(`/api/v1/users/${e.pat.id}`, { version: 1, name: "Renamed Pat" })).status).toBe(200);
    const stale = await deactivate(e.pat.id, { version: 1, handovers: [{ entityType: "SYSTEM", entityId: e.b.id, role: "technicalOwner", toUserId: e.lee.id }] });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toContainEqual({ path: "version", message: "stale version" });
    expect(await getSystem(e.b.id)).toMatchObject({ technicalOwnerId: e.pat.id, version: 1 });

    expect((await deactivate("no-such-user", { version: 1 })).status).toBe(404);

    // An admin who owns a system cannot deactivate themselves, hand-overs or not.
    const self = await person("Self", "ADMIN");
    const owned = await system(`${uniqueKey("n")} Self's`, { technicalOwnerId: self.id });
    const selfClient = new ApiClient();
    expect(await selfClient.signIn(self.email, PASSWORD)).toBe(true);
    const refused = await deactivate(self.id, { version: 1, handovers: [{ entityType: "SYSTEM", entityId: owned.id, role: "technicalOwner", toUserId: e.lee.id }] }, selfClient);
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toContainEqual({ path: "active", message: "cannot deactivate yourself" });
    expect(await getSystem(owned.id)).toMatchObject({ technicalOwnerId: self.id, version: 1 });
    expect(await isActive(self.id)).toBe(true);

    expect((await deactivate(e.oli.id, { version: 1 })).status).toBe(200);
    const again = await deactivate(e.oli.id, { version: 2 });
    expect(again.status).toBe(409);
    expect(again.body.errors).toContainEqual({ path: "active", message: "already deactivated" });
  });

  it("is for admins only: 403 for engineers and viewers, 401 anonymous", async () => {
    const e = await estate();
    const body = { version: 1, handovers: [{ entityType: "SYSTEM", entityId: e.b.id, role: "technicalOwner", toUserId: e.lee.id }] };
    for (const role of ["ENGINEER", "VIEWER"] as const) {
      const res = await deactivate(e.pat.id, body, await as(role));
      expect(res.status).toBe(403);
    }
    const anon = await deactivate(e.pat.id, body, anonymous());
    expect(anon.status).toBe(401);
    expect(await isActive(e.pat.id)).toBe(true);
    expect(await getSystem(e.b.id)).toMatchObject({ technicalOwnerId: e.pat.id, version: 1 });
  });
});
