// Waivers (request, four-eyes decision, expiry by itself) and attestations (and their lapse).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, type ApiClient } from "./helpers/client";
import { auditEntries, closeDb, queryDb } from "./helpers/db";
import { advanceClock } from "./helpers/clock";
import { addStandard, statusOf, testEstate, type TestEstate } from "./helpers/standards";

let admin: ApiClient;
let eng: ApiClient;
let viewer: ApiClient;
let estate: TestEstate;
const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString();

beforeAll(async () => {
  [admin, eng, viewer] = await Promise.all([as("ADMIN"), as("ENGINEER"), as("VIEWER")]);
  estate = await testEstate(eng);
});
afterAll(closeDb);

async function failingRecord() {
  const standardId = await addStandard(admin, {
    appliesTo: "SYSTEM", scope: { teamIds: [estate.teamId] },
    check: { kind: "FIELD", match: "all", conditions: [{ field: "runbookUrl", op: "not_empty" }] },
  });
  const systemId = await estate.system({ runbookUrl: null });
  expect(await statusOf(viewer, "systems", systemId, standardId)).toBe("FAIL");
  return { standardId, systemId };
}

const request = (client: ApiClient, o: { standardId: string; systemId: string }, expiresAt = inDays(30)) =>
  client.post("/api/v1/waivers", { standardId: o.standardId, subjectType: "SYSTEM", subjectId: o.systemId, reason: "Runbook is being migrated to the new wiki", expiresAt });

describe("waivers", () => {
  it("an engineer requests; pending changes nothing; another admin approves → WAIVED; it expires by itself → FAIL", async () => {
    const o = await failingRecord();
    const requested = await request(eng, o);
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({ status: "PENDING", subject: { id: o.systemId }, requestedBy: { email: "engineer@junction.local" }, decidedBy: null, expired: false });
    expect(await statusOf(viewer, "systems", o.systemId, o.standardId)).toBe("FAIL");
    // A second open request for the same pair is refused.
    expect((await request(eng, o)).status).toBe(409);

    const approved = await admin.post(`/api/v1/waivers/${requested.body.id}/approve`, { version: 1, note: "ok until the wiki move" });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: "APPROVED", decidedBy: { email: "admin@junction.local" }, decisionNote: "ok until the wiki move" });
    expect(await statusOf(viewer, "systems", o.systemId, o.standardId)).toBe("WAIVED");
    const record = (await viewer.get(`/api/v1/systems/${o.systemId}/compliance`)).body;
    expect(record.results.find((r: { standard: { id: string } }) => r.standard.id === o.standardId).reason).toMatchObject({ t: "waiver", waiverId: requested.body.id, base: "FAIL" });

    const soon = await viewer.get(`/api/v1/waivers?expiringWithinDays=30&standardId=${o.standardId}`);
    expect(soon.body.items.map((w: { id: string }) => w.id)).toEqual([requested.body.id]);
    expect((await viewer.get(`/api/v1/waivers?expiringWithinDays=29&standardId=${o.standardId}`)).body.items).toEqual([]);

    await advanceClock(31);
    expect(await statusOf(viewer, "systems", o.systemId, o.standardId)).toBe("FAIL");
    expect((await viewer.get(`/api/v1/waivers/${requested.body.id}`)).body).toMatchObject({ status: "APPROVED", expired: true });
    expect((await auditEntries("WAIVER", requested.body.id)).map((a) => a.action)).toEqual(["CREATE", "APPROVE"]);
  });

  it("four eyes: an admin cannot decide their own request; a viewer cannot request; deny leaves the failure", async () => {
    const o = await failingRecord();
    const own = await request(admin, o);
    expect(own.status).toBe(201);
    const self = await admin.post(`/api/v1/waivers/${own.body.id}/approve`, { version: 1 });
    expect(self.status).toBe(403);
    expect(self.body.detail).toMatch(/another admin/i);
    expect((await viewer.post("/api/v1/waivers", { standardId: o.standardId, subjectType: "SYSTEM", subjectId: o.systemId, reason: "x".repeat(20), expiresAt: inDays(3) })).status).toBe(403);
    // The admin's own request is withdrawn; an engineer's is denied by the admin.
    expect((await admin.post(`/api/v1/waivers/${own.body.id}/revoke`, { version: 1 })).body.status).toBe("REVOKED");
    const byEng = await request(eng, o);
    const denied = await admin.post(`/api/v1/waivers/${byEng.body.id}/deny`, { version: 1, note: "write the runbook" });
    expect(denied.body).toMatchObject({ status: "DENIED", decisionNote: "write the runbook" });
    expect((await admin.post(`/api/v1/waivers/${byEng.body.id}/approve`, { version: 2 })).status).toBe(409);
    expect(await statusOf(viewer, "systems", o.systemId, o.standardId)).toBe("FAIL");
  });

  it("refuses an expiry in the past or beyond 365 days, a record of the wrong type, and a short reason", async () => {
    const o = await failingRecord();
    const cases: [Record<string, unknown>, string][] = [
      [{ expiresAt: inDays(-1) }, "expiresAt"],
      [{ expiresAt: inDays(366) }, "expiresAt"],
      [{ subjectType: "INTERFACE" }, "subjectType"],
      [{ subjectId: "no-such-system" }, "subjectId"],
      [{ reason: "because" }, "reason"],
    ];
    for (const [over, path] of cases) {
      const res = await eng.post("/api/v1/waivers", { standardId: o.standardId, subjectType: "SYSTEM", subjectId: o.systemId, reason: "Runbook moves next sprint", expiresAt: inDays(10), ...over });
      expect({ over, status: res.status, paths: res.body.errors?.map((e: { path: string }) => e.path) }).toEqual({ over, status: 422, paths: [path] });
    }
  });
});

describe("attestations", () => {
  it("NEEDS_ATTESTATION → an engineer attests → PASS → lapses after validDays → EXPIRED; only attestation standards take one", async () => {
    const standardId = await addStandard(admin, { appliesTo: "SYSTEM", scope: { teamIds: [estate.teamId] }, check: { kind: "ATTESTATION", validDays: 90 }, category: "RELEASE", severity: "SHOULD" });
    const systemId = await estate.system();
    expect(await statusOf(viewer, "systems", systemId, standardId)).toBe("NEEDS_ATTESTATION");
    const res = await eng.post("/api/v1/attestations", { standardId, subjectType: "SYSTEM", subjectId: systemId, evidenceUrl: "https://wiki.example.com/rollback-drill", comment: "Drill on 2 Dec" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ attestedBy: { email: "engineer@junction.local" }, evidenceUrl: "https://wiki.example.com/rollback-drill", subject: { id: systemId } });
    expect(Date.parse(res.body.expiresAt) - Date.parse(res.body.attestedAt)).toBe(90 * DAY);
    expect(await statusOf(viewer, "systems", systemId, standardId)).toBe("PASS");
    expect((await viewer.get(`/api/v1/attestations?subjectId=${systemId}`)).body.items).toHaveLength(1);
    expect(await auditEntries("ATTESTATION", res.body.id)).toHaveLength(1);

    await advanceClock(91);
    expect(await statusOf(viewer, "systems", systemId, standardId)).toBe("EXPIRED");
    const [row] = await queryDb<{ validUntil: Date | null }>(`SELECT "validUntil" FROM "ComplianceRecord" WHERE "subjectId" = $1`, [systemId]);
    expect(row.validUntil).toBeNull();

    const automatic = await addStandard(admin, { appliesTo: "SYSTEM", scope: { teamIds: [estate.teamId] }, check: { kind: "FIELD", match: "all", conditions: [{ field: "vendor", op: "empty" }] } });
    const refused = await eng.post("/api/v1/attestations", { standardId: automatic, subjectType: "SYSTEM", subjectId: systemId });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].path).toBe("standardId");
  });
});
