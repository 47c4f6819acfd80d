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
    // A created team's entry records the membership it was given.
    const team = byType("TEAM").find((r) => r.after?.key === `${p}-team`)!;
    expect(team.after).toMatchObject({ name: "Team", members: [{ userId: expect.any(String), role: "LEAD" }] });
    const createdB = byType("SYSTEM").find((r) => r.after?.key === `${p}-b`)!.after!;
    expect(createdB.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

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
    // The same row, snapshotted by the database as it was created and by the app before its update.
    expect(entry.before).toEqual(createdB);
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

describe("progress and contracts", () => {
  it("a second request sees a large import's progress while it runs", async () => {
    const p = uniqueKey("big");
    const batchId = `${p.replace(/[^a-z0-9]/g, "")}progress0000`;
    const systems = Array.from({ length: 5000 }, (_, i) => ({ key: `${p}-${i}`, name: `S${i}`, kind: "OTHER", layer: "BUSINESS" }));
    const running = importRecords({ systems }, { batchId });
    const seen: { state: string; done: number; total: number }[] = [];
    let finished = false;
    void running.then(() => (finished = true));
    while (!finished) {
      const res = await viewer.get(`/api/v1/import/batches/${batchId}`);
      if (res.status === 200) seen.push(res.body);
      else expect(res.status).toBe(404); // planning: the batch is made once writing starts
    }
    const done = await running;
    expect(done.status, JSON.stringify(done.body).slice(0, 500)).toBe(200);
    expect(countsOf(done.body, "systems")).toMatchObject({ create: 5000 });
    expect(seen.some((b) => b.state === "RUNNING" && b.done > 0 && b.done < b.total)).toBe(true);
    const final = (await viewer.get(`/api/v1/import/batches/${batchId}`)).body;
    expect(final).toMatchObject({ state: "APPLIED", total: 5000, done: 5000 });
  });

  it("attaches a contract as a new version only when its text differs from the newest", async () => {
    const p = uniqueKey("ctr");
    const doc = (title: string) => `openapi: 3.0.3\ninfo:\n  title: ${title}\n  version: "1"\npaths: {}\n`;
    const records = (title: string) => ({
      systems: [
        { key: `${p}-a`, name: "A", kind: "BUSINESS_APP", layer: "BUSINESS" },
        { key: `${p}-b`, name: "B", kind: "BUSINESS_APP", layer: "BUSINESS" },
      ],
      interfaces: [{ key: `${p}-api`, name: "API", style: "REST", mode: "SYNC", provider: `${p}-a`, consumer: `${p}-b`, contract: { format: "OPENAPI", text: doc(title) } }],
    });
    const first = await importRecords(records("One"));
    expect(first.body.problems).toEqual([]);
    const versions = async () => (await queryDb(`SELECT cv."number", cv."title" FROM "ContractVersion" cv JOIN "Interface" i ON i."id" = cv."interfaceId" WHERE i."key" = $1 ORDER BY 1`, [`${p}-api`]));
    expect(await versions()).toEqual([{ number: 1, title: "One" }]);
    const [contractAudit] = await queryDb(`SELECT "batchId" FROM "AuditEntry" WHERE "entityType" = 'CONTRACT' AND "entityId" = (SELECT "id" FROM "Interface" WHERE "key" = $1)`, [`${p}-api`]);
    expect(contractAudit.batchId).toBe(first.body.batchId);

    const again = await importRecords(records("One"));
    expect(countsOf(again.body, "interfaces")).toMatchObject({ unchanged: 1, update: 0 });
    const next = await importRecords(records("Two"));
    expect(countsOf(next.body, "interfaces")).toMatchObject({ update: 1 });
    expect(await versions()).toEqual([{ number: 1, title: "One" }, { number: 2, title: "Two" }]);

    const broken = await importRecords({ interfaces: [{ key: `${p}-api`, contract: { format: "OPENAPI", text: "openapi: [" } }] });
    expect(broken.body.applied).toBe(false);
    expect(broken.body.problems).toEqual([expect.objectContaining({ entity: "interfaces", key: `${p}-api`, field: "contract" })]);
  });
});

describe("POST /api/v1/apply", () => {
  const sys = (key: string, extra: object = {}) => ({ key, name: key, kind: "BUSINESS_APP", layer: "BUSINESS", ...extra });

  it("gives the team's records its team, shows the diff on a dry run, and prunes only that team's records", async () => {
    const p = uniqueKey("apl");
    const [team, other] = [`${p}-team`, `${p}-other`];
    await importRecords({ teams: [{ key: team, name: "Applied" }, { key: other, name: "Other" }], systems: [sys(`${p}-o1`, { team: other })] });
    const desired = {
      systems: [sys(`${p}-s1`), sys(`${p}-s2`)],
      interfaces: [{ key: `${p}-i1`, name: "I1", style: "REST", mode: "SYNC", provider: `${p}-s1`, consumer: `${p}-s2` }],
    };
    const created = await eng.post("/api/v1/apply", { team, records: desired });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(countsOf(created.body, "systems")).toMatchObject({ create: 2 });
    expect((await eng.get(`/api/v1/systems/${p}-s1`)).body.team).toMatchObject({ key: team });
    expect((await queryDb(`SELECT "source", "label" FROM "ImportBatch" WHERE "id" = $1`, [created.body.batchId]))[0]).toEqual({ source: "APPLY", label: `apply ${team}` });

    // Dry run of a smaller file with prune: the diff names the deletions, nothing changes.
    const smaller = { systems: [sys(`${p}-s1`, { name: "S1 renamed" })] };
    const diff = await eng.post("/api/v1/apply", { team, records: smaller, dryRun: true, prune: true });
    expect(diff.body).toMatchObject({ dryRun: true, applied: false });
    expect(diff.body.changes).toEqual(expect.arrayContaining([
      expect.objectContaining({ entity: "systems", key: `${p}-s1`, action: "update" }),
      { entity: "systems", key: `${p}-s2`, action: "delete" },
      { entity: "interfaces", key: `${p}-i1`, action: "delete" },
    ]));
    expect(diff.body.changes.some((c: { key: string }) => c.key === `${p}-o1`)).toBe(false);
    expect((await eng.get(`/api/v1/systems/${p}-s2`)).status).toBe(200);

    const pruned = await eng.post("/api/v1/apply", { team, records: smaller, prune: true });
    expect(pruned.body.applied).toBe(true);
    expect((await eng.get(`/api/v1/systems/${p}-s2`)).status).toBe(404);
    expect((await eng.get(`/api/v1/interfaces/${p}-i1`)).status).toBe(404);
    expect((await eng.get(`/api/v1/systems/${p}-o1`)).status).toBe(200);
    const deletions = await queryDb(`SELECT "entityType", "action" FROM "AuditEntry" WHERE "batchId" = $1 AND "action" = 'DELETE' ORDER BY "entityType"::text`, [pruned.body.batchId]);
    expect(deletions).toEqual([{ entityType: "INTERFACE", action: "DELETE" }, { entityType: "SYSTEM", action: "DELETE" }]);
  });

  it("refuses another team's records, and a prune of a system another team's interface still uses", async () => {
    const p = uniqueKey("apr");
    const [team, other] = [`${p}-team`, `${p}-other`];
    await importRecords({
      teams: [{ key: team, name: "Applied" }, { key: other, name: "Other" }],
      systems: [sys(`${p}-mine`, { team }), sys(`${p}-theirs`, { team: other })],
      interfaces: [{ key: `${p}-uses`, name: "U", style: "REST", mode: "SYNC", provider: `${p}-mine`, consumer: `${p}-theirs`, team: other }],
    });
    const foreign = await eng.post("/api/v1/apply", { team, records: { systems: [sys(`${p}-x`, { team: other })] } });
    expect(foreign.body).toMatchObject({ applied: false });
    expect(foreign.body.problems).toEqual([expect.objectContaining({ entity: "systems", key: `${p}-x`, field: "team" })]);

    const prune = await eng.post("/api/v1/apply", { team, records: {}, prune: true });
    expect(prune.body.applied).toBe(false);
    expect(prune.body.problems).toEqual([expect.objectContaining({ entity: "systems", key: `${p}-mine` })]);
    expect(prune.body.problems[0].message).toContain(`${p}-uses`);
    expect((await eng.get(`/api/v1/systems/${p}-mine`)).status).toBe(200);
  });
});
