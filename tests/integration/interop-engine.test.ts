// The import engine over HTTP (issue 12): POST /api/v1/import (the bulk API), POST /api/v1/apply,
// and the import batches. Counts per action, re-imports that write nothing, the two modes, the
// audit batch, progress while a large import runs, apply's diff and prune, and the record limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, as, uniqueKey, type ApiClient } from "./helpers/client";
import { closeDb, queryDb } from "./helpers/db";

let eng: ApiClient;
let viewer: ApiClient;

beforeAll(async () => {
  eng = await as("ENGINEER");
  viewer = await as("VIEWER");
});
afterAll(closeDb);

const importRecords = (records: object, options: object = {}) => eng.post("/api/v1/import", { records, ...options });
const auditCount = async () => Number((await queryDb<{ n: string }>(`SELECT count(*) AS n FROM "AuditEntry"`))[0].n);
const countsOf = (body: { counts: Record<string, Record<string, number>> }, entity: string) => body.counts[entity];

/** A small estate: one team (under a parent), a person, two systems and an interface between them. */
function estate(p: string) {
  return {
    teams: [
      { key: `${p}-dept`, name: "Department" },
      { key: `${p}-team`, name: "Team", parent: `${p}-dept`, members: [{ email: `${p}@example.com`, role: "LEAD" }] },
    ],
    people: [{ email: `${p}@example.com`, name: "Imported Person" }],
    systems: [
      { key: `${p}-a`, name: "A", kind: "BUSINESS_APP", layer: "BUSINESS", team: `${p}-team`, technicalOwner: `${p}@example.com`, tags: ["x"] },
      { key: `${p}-b`, name: "B", kind: "DATABASE", layer: "DATA", team: `${p}-team`, sourceRef: `component:default/${p}-b` },
    ],
    interfaces: [{ key: `${p}-a-b`, name: "A reads B", style: "DB_LINK", mode: "SYNC", provider: `${p}-b`, consumer: `${p}-a` }],
  };
}

describe("POST /api/v1/import", () => {
  it("creates, then finds everything unchanged and writes nothing, then updates only what differs", async () => {
    const p = uniqueKey("imp");
    const first = await importRecords(estate(p));
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ applied: true, dryRun: false, problems: [] });
    expect(countsOf(first.body, "teams")).toMatchObject({ create: 2 });
    expect(countsOf(first.body, "people")).toMatchObject({ create: 1 });
    expect(countsOf(first.body, "systems")).toMatchObject({ create: 2 });
    expect(countsOf(first.body, "interfaces")).toMatchObject({ create: 1 });
    expect(first.body.batchId).toEqual(expect.any(String));

    // What was written is what the single endpoints show.
    const a = (await eng.get(`/api/v1/systems/${p}-a`)).body;
    expect(a).toMatchObject({ key: `${p}-a`, version: 1, team: { key: `${p}-team` }, technicalOwner: { email: `${p}@example.com` }, tags: ["x"] });
    const person = (await queryDb<{ role: string; passwordHash: string }>(`SELECT "role", "passwordHash" FROM "User" WHERE "email" = $1`, [`${p}@example.com`]))[0];
    expect(person).toEqual({ role: "VIEWER", passwordHash: "!" });
    const team = (await queryDb<{ parent: string }>(`SELECT p."key" AS parent FROM "Team" t JOIN "Team" p ON p."id" = t."parentId" WHERE t."key" = $1`, [`${p}-team`]))[0];
    expect(team.parent).toBe(`${p}-dept`);

    // The same input again: all unchanged, no batch, not one audit entry.
    const before = await auditCount();
    const again = await importRecords(estate(p));
    expect(again.status).toBe(200);
    expect(again.body.batchId).toBeNull();
    for (const e of ["teams", "people", "systems", "interfaces"]) expect(countsOf(again.body, e)).toMatchObject({ create: 0, update: 0, invalid: 0 });
    expect(again.body.changes.every((c: { action: string }) => c.action === "unchanged")).toBe(true);
    expect(await auditCount()).toBe(before);

    // One field changed on one record: one update, the version moves, the other fields stay.
    const changed = estate(p);
    changed.systems[0] = { key: `${p}-a`, name: "A renamed" } as (typeof changed.systems)[0];
    const third = await importRecords(changed);
    expect(countsOf(third.body, "systems")).toEqual({ create: 0, update: 1, unchanged: 1, delete: 0, invalid: 0 });
    expect(third.body.changes.find((c: { key: string }) => c.key === `${p}-a`)).toEqual({
      entity: "systems", key: `${p}-a`, action: "update", fields: [{ field: "name", before: "A", after: "A renamed" }],
    });
    const a2 = (await eng.get(`/api/v1/systems/${p}-a`)).body;
    expect(a2).toMatchObject({ name: "A renamed", version: 2, tags: ["x"], team: { key: `${p}-team` } });
    expect(Date.parse(a2.updatedAt)).toBeGreaterThan(Date.parse(a.updatedAt));
  });

  it("audits one IMPORT_BATCH entry and one entry per record, all with the batch id, and records the batch", async () => {
    const p = uniqueKey("aud");
    const res = await importRecords(estate(p));
    const { batchId } = res.body;
    const rows = await queryDb<{ entityType: string; action: string; before: unknown; after: Record<string, unknown> | null; actorLabel: string }>(
      `SELECT "entityType", "action", "before", "after", "actorLabel" FROM "AuditEntry" WHERE "batchId" = $1 ORDER BY "entityType"`, [batchId]);
    const byType = (t: string) => rows.filter((r) => r.entityType === t);
    expect(byType("IMPORT_BATCH")).toHaveLength(1);
    expect(byType("IMPORT_BATCH")[0]).toMatchObject({ action: "IMPORT", actorLabel: DEMO.ENGINEER });
    expect(byType("TEAM")).toHaveLength(2);
    expect(byType("USER")).toHaveLength(1);
    expect(byType("SYSTEM")).toHaveLength(2);
    expect(byType("INTERFACE")).toHaveLength(1);
    expect(byType("SYSTEM").every((r) => r.action === "CREATE" && r.before === null && r.after?.key)).toBe(true);

    const batch = await eng.get(`/api/v1/import/batches/${batchId}`);
    expect(batch.status).toBe(200);
    expect(batch.body).toMatchObject({ id: batchId, source: "BULK_API", state: "APPLIED", total: 6, done: 6, mode: "all-or-nothing" });
    const list = await viewer.get("/api/v1/import/batches?pageSize=5");
    expect(list.status).toBe(200);
    expect(list.body.items.map((b: { id: string }) => b.id)).toContain(batchId);

    // An update's entry has before and after, with the batch id.
    const changed = estate(p);
    changed.systems[1] = { key: `${p}-b`, name: "B2" } as (typeof changed.systems)[1];
    const upd = await importRecords(changed);
    const [entry] = await queryDb<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      `SELECT "before", "after" FROM "AuditEntry" WHERE "batchId" = $1 AND "entityType" = 'SYSTEM'`, [upd.body.batchId]);
    expect(entry.before).toMatchObject({ key: `${p}-b`, name: "B", version: 1 });
    expect(entry.after).toMatchObject({ key: `${p}-b`, name: "B2", version: 2 });
  });

  it("all-or-nothing writes nothing when one record is bad; accept-valid writes the rest and fails what depends on the bad one", async () => {
    const p = uniqueKey("bad");
    const records = {
      systems: [
        { key: `${p}-ok`, name: "OK", kind: "BUSINESS_APP", layer: "BUSINESS" },
        { key: `${p}-bad`, name: "Bad", kind: "BUSINESS_APP", layer: "BUSINESS", team: `${p}-no-such-team` },
      ],
      interfaces: [
        { key: `${p}-i1`, name: "I1", style: "REST", mode: "SYNC", provider: `${p}-bad`, consumer: `${p}-ok` },
        { key: `${p}-i2`, name: "I2", style: "REST", mode: "SYNC", provider: `${p}-ok`, consumer: `${p}-ok` },
      ],
    };
    const before = await auditCount();
    const strict = await importRecords(records);
    expect(strict.status).toBe(200);
    expect(strict.body).toMatchObject({ applied: false, batchId: null });
    expect(strict.body.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ entity: "systems", key: `${p}-bad`, field: "team" }),
      expect.objectContaining({ entity: "interfaces", key: `${p}-i1`, field: "provider" }),
      expect.objectContaining({ entity: "interfaces", key: `${p}-i2`, field: "consumer", message: "must differ from the provider" }),
    ]));
    expect((await eng.get(`/api/v1/systems/${p}-ok`)).status).toBe(404);
    expect(await auditCount()).toBe(before);

    const lenient = await importRecords(records, { mode: "accept-valid" });
    expect(lenient.body.applied).toBe(true);
    expect(countsOf(lenient.body, "systems")).toMatchObject({ create: 1, invalid: 1 });
    expect(countsOf(lenient.body, "interfaces")).toMatchObject({ create: 0, invalid: 2 });
    expect((await eng.get(`/api/v1/systems/${p}-ok`)).status).toBe(200);
    expect((await eng.get(`/api/v1/systems/${p}-bad`)).status).toBe(404);
  });

  it("a dry run plans without writing; sourceRef finds a renamed record; a team cycle is refused", async () => {
    const p = uniqueKey("dry");
    const dry = await importRecords(estate(p), { dryRun: true });
    expect(dry.body).toMatchObject({ dryRun: true, applied: false, batchId: null });
    expect(countsOf(dry.body, "systems")).toMatchObject({ create: 2 });
    expect((await eng.get(`/api/v1/systems/${p}-a`)).status).toBe(404);

    await importRecords(estate(p));
    const renamed = await importRecords({ systems: [{ key: `${p}-b2`, sourceRef: `component:default/${p}-b` }] });
    expect(renamed.body.changes).toEqual([{ entity: "systems", key: `${p}-b2`, action: "update", fields: [{ field: "key", before: `${p}-b`, after: `${p}-b2` }] }]);

    const cycle = await importRecords({ teams: [{ key: `${p}-dept`, parent: `${p}-team` }] });
    expect(cycle.body.applied).toBe(false);
    expect(cycle.body.problems).toEqual([expect.objectContaining({ entity: "teams", key: `${p}-dept`, field: "parent" })]);
  });

  it("refuses more than 10,000 records (422), a taken batch id (409), and viewers (403)", async () => {
    const systems = Array.from({ length: 10_001 }, (_, i) => ({ key: `lim-${i}`, name: "x", kind: "OTHER", layer: "BUSINESS" }));
    const tooMany = await importRecords({ systems });
    expect(tooMany.status).toBe(422);
    const split = await importRecords({ systems: systems.slice(0, 6000), interfaces: [], teams: [], people: Array.from({ length: 4001 }, (_, i) => ({ email: `lim-${i}@example.com` })) });
    expect(split.status).toBe(422);
    expect(split.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: "records" })]));

    const p = uniqueKey("bid");
    const batchId = `b${p.replace(/[^a-z0-9]/g, "")}xxxxxxxxxxxx`;
    const one = await importRecords({ systems: [{ key: `${p}-1`, name: "x", kind: "OTHER", layer: "BUSINESS" }] }, { batchId });
    expect(one.body.batchId).toBe(batchId);
    const taken = await importRecords({ systems: [{ key: `${p}-2`, name: "x", kind: "OTHER", layer: "BUSINESS" }] }, { batchId });
    expect(taken.status).toBe(409);
    expect((await viewer.post("/api/v1/import", { records: {} })).status).toBe(403);
  });
});
