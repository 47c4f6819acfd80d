// Escalation policies over the API: validated steps, audited changes, and exactly one default
// (the seeded one until another is made default; the default can be neither un-defaulted nor deleted).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, uniqueKey, type ApiClient } from "./helpers/client";
import { auditEntries, closeDb, queryDb } from "./helpers/db";

let admin: ApiClient;
const step = { waitMinutes: 0, target: "TEAM_CHANNEL" };
const defaults = async () => (await queryDb<{ id: string }>(`SELECT "id" FROM "EscalationPolicy" WHERE "isDefault"`)).map((r) => r.id);

beforeAll(async () => {
  admin = await as("ADMIN");
});

afterAll(async () => {
  // Leave the seeded default as the default for the files after this one.
  const [seeded] = await queryDb<{ version: number }>(`SELECT "version" FROM "EscalationPolicy" WHERE "id" = 'default-escalation-policy'`);
  await admin.patch("/api/v1/notifications/escalation-policies/default-escalation-policy", { version: seeded.version, isDefault: true });
  await closeDb();
});

describe("escalation policies", () => {
  it("ships one default (channel, technical owner after 15 min, lead after 30, repeated once) that everyone can read", async () => {
    const list = await (await as("VIEWER")).get("/api/v1/notifications/escalation-policies");
    expect(list.status).toBe(200);
    const seeded = list.body.items.find((p: { id: string }) => p.id === "default-escalation-policy");
    expect(seeded).toMatchObject({
      isDefault: true, repeatCount: 1,
      steps: [{ waitMinutes: 0, target: "TEAM_CHANNEL" }, { waitMinutes: 15, target: "TECHNICAL_OWNER" }, { waitMinutes: 30, target: "TEAM_LEAD" }],
    });
    expect(await defaults()).toEqual(["default-escalation-policy"]);
  });

  it("validates steps: a person for USER steps only, an existing team, 1–10 steps", async () => {
    const bad = async (body: Record<string, unknown>) => (await admin.post("/api/v1/notifications/escalation-policies", { name: uniqueKey("bad"), ...body }));
    expect((await bad({ steps: [{ waitMinutes: 0, target: "USER" }] })).body.errors.map((e: { path: string }) => e.path)).toEqual(["steps.0.userId"]);
    expect((await bad({ steps: [{ ...step, userId: "someone" }] })).status).toBe(422);
    expect((await bad({ steps: [] })).status).toBe(422);
    expect((await bad({ steps: [{ waitMinutes: -1, target: "TEAM_LEAD" }] })).status).toBe(422);
    const noTeam = await bad({ teamId: "no-such-team", steps: [step] });
    expect(noTeam.status).toBe(422);
    expect(noTeam.body.errors.map((e: { path: string }) => e.path)).toEqual(["teamId"]);
    expect((await bad({ steps: [{ waitMinutes: 0, target: "USER", userId: "no-such-user" }] })).body.errors.map((e: { path: string }) => e.path)).toEqual(["steps.0.userId"]);
  });

  it("keeps exactly one default: a new default replaces it, the default cannot be un-defaulted or deleted", async () => {
    const created = await admin.post("/api/v1/notifications/escalation-policies", { name: uniqueKey("new-default"), isDefault: true, steps: [step], tier: 0 });
    expect(created.status).toBe(201);
    expect(await defaults()).toEqual([created.body.id]);
    expect((await auditEntries("ESCALATION_POLICY", created.body.id)).map((a) => a.action)).toEqual(["CREATE"]);

    const undefault = await admin.patch(`/api/v1/notifications/escalation-policies/${created.body.id}`, { version: created.body.version, isDefault: false });
    expect(undefault.status).toBe(409);
    expect((await admin.delete(`/api/v1/notifications/escalation-policies/${created.body.id}`)).status).toBe(409);

    const edited = await admin.patch(`/api/v1/notifications/escalation-policies/${created.body.id}`, {
      version: created.body.version, steps: [step, { waitMinutes: 5, target: "TEAM_LEAD" }], repeatCount: 2,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ isDefault: true, repeatCount: 2, version: created.body.version + 1 });

    const [seeded] = await queryDb<{ version: number }>(`SELECT "version" FROM "EscalationPolicy" WHERE "id" = 'default-escalation-policy'`);
    const back = await admin.patch("/api/v1/notifications/escalation-policies/default-escalation-policy", { version: seeded.version, isDefault: true });
    expect(back.status).toBe(200);
    expect(await defaults()).toEqual(["default-escalation-policy"]);
    expect((await admin.delete(`/api/v1/notifications/escalation-policies/${created.body.id}`)).status).toBe(204);
    expect((await auditEntries("ESCALATION_POLICY", created.body.id)).map((a) => a.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
  });

  it("is the admins' to change", async () => {
    expect((await (await as("ENGINEER")).post("/api/v1/notifications/escalation-policies", { name: "x", steps: [step] })).status).toBe(403);
  });
});
