// Contracts through the real routes: every shared fixture attached and linted in the server's
// worker, a broken copy refused on its line, breaking changes between two versions derived from
// petstore, the same text twice, the size limit on a live connection, a CONTRACT standard turning
// from FAIL to PASS, roles and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_RULE_COUNTS } from "@/server/contracts/fixture-rule-counts";
import { fixtureNames, readFixture } from "@/server/contracts/shared-fixtures";
import { as, type ApiClient } from "./helpers/client";
import { auditEntries, closeDb } from "./helpers/db";
import { KeepAliveClient } from "./helpers/keep-alive";
import { addStandard, statusOf, testEstate, type TestEstate } from "./helpers/standards";

let admin: ApiClient;
let eng: ApiClient;
let viewer: ApiClient;
let estate: TestEstate;

beforeAll(async () => {
  [admin, eng, viewer] = await Promise.all([as("ADMIN"), as("ENGINEER"), as("VIEWER")]);
  estate = await testEstate(eng);
});
afterAll(closeDb);

const PETSTORE = readFixture("openapi", "petstore-3.0.yaml");
const put = (client: ApiClient, id: string, text: string, fileName?: string) => client.put(`/api/v1/interfaces/${id}/contracts`, { text, ...(fileName && { fileName }) });

/** Replaces the one occurrence of `from` (it must occur exactly once, or the test is wrong). */
function edit(text: string, ...pairs: [string, string][]): string {
  for (const [from, to] of pairs) {
    expect(text.split(from), `"${from}" occurs once`).toHaveLength(2);
    text = text.replace(from, to);
  }
  return text;
}

const countByRule = (findings: { rule: string }[]) => {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
};

describe("attaching the shared fixtures", () => {
  const fixtures = [...fixtureNames("openapi").map((n) => ["openapi", n] as const), ...fixtureNames("asyncapi").map((n) => ["asyncapi", n] as const)];

  it("knows every fixture", () => expect(fixtures.map(([, n]) => n).sort()).toEqual(Object.keys(FIXTURE_RULE_COUNTS).sort()));

  it.each(fixtures)("%s/%s: stored with the engine's pinned findings, its summary, and the interface's format", async (kind, name) => {
    const id = await estate.iface({ style: kind === "openapi" ? "REST" : "EVENT_STREAM", mode: kind === "openapi" ? "SYNC" : "ASYNC" });
    const res = await put(eng, id, readFixture(kind, name), name);
    expect(res.status).toBe(201);
    expect(res.body.created).toBe(true);
    const v = res.body.version;
    expect(v).toMatchObject({ number: 1, format: kind === "openapi" ? "OPENAPI" : "ASYNCAPI", fileName: name, createdBy: { email: "engineer@junction.local" } });
    expect(v.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(countByRule(v.findings)).toEqual(FIXTURE_RULE_COUNTS[name]);
    expect(v.counts.error + v.counts.warn + v.counts.info + v.counts.hint).toBe(v.findings.length);
    // What a reader gets back: the same version with its text, findings and operations or channels.
    const read = await viewer.get(`/api/v1/interfaces/${id}/contracts/1`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(v);
    expect(read.body.text).toBe(readFixture(kind, name));
    expect(Object.keys(read.body.summary)).toEqual([kind === "openapi" ? "operations" : "channels"]);
    expect((await viewer.get(`/api/v1/interfaces/${id}`)).body.contractFormat).toBe(v.format);
  }, 60_000);

  it("lints with the house severities: plain HTTP and no security scheme are errors, the rest warnings", async () => {
    const id = await estate.iface();
    const { findings } = (await put(eng, id, PETSTORE)).body.version;
    const junction = findings.filter((f: { rule: string }) => f.rule.startsWith("junction-")).map((f: { rule: string; severity: string; line: number }) => [f.rule, f.severity, f.line]);
    // The missing security scheme is reported at `components` (line 89).
    expect(junction).toEqual([["junction-https-servers", "error", 8], ["junction-security-scheme", "error", 89]]);
    const settings = await viewer.get("/api/v1/contracts/settings");
    expect(settings.body).toEqual({ errorSchemaRef: "Problem" });
  }, 60_000);
});

describe("refusals", () => {
  it("a broken copy gets a 422 naming its line and column, and adds no version", async () => {
    const id = await estate.iface();
    const lines = PETSTORE.split("\n");
    expect(lines[16]).toBe("        - name: limit");
    lines[16] = "        - name: limit: 10";
    const res = await put(eng, id, lines.join("\n"));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors).toEqual([{ path: "document", message: "bad indentation of a mapping entry", line: 17, column: 22 }]);
    expect((await viewer.get(`/api/v1/interfaces/${id}/contracts`)).body.items).toEqual([]);
  });

  it("a viewer may read but not attach; an unknown interface or version is a 404", async () => {
    const id = await estate.iface();
    expect((await put(viewer, id, PETSTORE)).status).toBe(403);
    expect((await viewer.get(`/api/v1/interfaces/${id}/contracts`)).status).toBe(200);
    expect((await put(eng, "no-such-interface", PETSTORE)).status).toBe(404);
    expect((await viewer.get(`/api/v1/interfaces/${id}/contracts/1`)).status).toBe(404);
    expect((await viewer.get(`/api/v1/interfaces/${id}/contracts/0`)).status).toBe(400);
    expect((await viewer.get(`/api/v1/interfaces/${id}/contracts/diff?from=1&to=x`)).status).toBe(400);
  });

  it("over 5 MB is a 413 problem, and the next request on the same connection is answered", async () => {
    const id = await estate.iface();
    const client = new KeepAliveClient({ cookie: eng.cookieHeader(), "content-type": "application/json" });
    try {
      // A document just over 5 MB (read, then refused by its size) and a body past the route's limit (not read).
      const document = `${PETSTORE}\nx-padding: "${"a".repeat(5 * 1024 * 1024)}"\n`;
      for (const body of [JSON.stringify({ text: document }), JSON.stringify({ text: "x".repeat(11 * 1024 * 1024) })]) {
        const refused = await client.request({ method: "PUT", path: `/api/v1/interfaces/${id}/contracts`, body: Buffer.from(body) });
        expect(refused.status).toBe(413);
        expect(refused.headers["content-type"]).toContain("application/problem+json");
        expect(JSON.parse(refused.text)).toMatchObject({ status: 413 });
        const next = await client.request({ method: "GET", path: `/api/v1/interfaces/${id}/contracts` });
        // The same socket object served both (KeepAliveClient numbers sockets). Not `reused`: for
        // the body refused unread, the client is still writing when the 413 arrives, so the next
        // request waits in the agent's queue, and Node hands it the freed socket without that flag.
        expect(refused.headers.connection).toBe("keep-alive");
        expect([next.status, next.socket]).toEqual([200, refused.socket]);
        expect(JSON.parse(next.text)).toEqual({ items: [] });
      }
    } finally {
      client.close();
    }
  }, 60_000);
});

describe("versions", () => {
  // Petstore v2: an operation removed, a parameter made required, a type changed, a response code removed.
  const V2 = edit(
    PETSTORE,
    ["        default:\n          description: unexpected error\n          content:\n            application/json:\n              schema:\n                $ref: \"#/components/schemas/Error\"\n    post:", "    post:"],
    ["    post:\n      summary: Create a pet", "    x-post:\n      summary: Create a pet"],
    ["          required: false\n", "          required: true\n"],
    ["        id:\n          type: integer\n          format: int64\n", "        id:\n          type: string\n"],
  );

  it("keeps every version; the same text again adds none; the diff reports exactly the breaking changes made", async () => {
    const id = await estate.iface();
    expect((await put(eng, id, PETSTORE, "petstore.yaml")).status).toBe(201);
    const again = await put(eng, id, PETSTORE);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: false, version: { number: 1, fileName: "petstore.yaml" } });
    const second = await put(admin, id, V2, "petstore-v2.yaml");
    expect([second.status, second.body.version.number]).toEqual([201, 2]);

    const list = (await viewer.get(`/api/v1/interfaces/${id}/contracts`)).body.items;
    expect(list.map((v: { number: number; createdBy: { email: string } }) => [v.number, v.createdBy.email])).toEqual([[2, "admin@junction.local"], [1, "engineer@junction.local"]]);
    expect(list[0]).not.toHaveProperty("text");
    expect(list[0]).not.toHaveProperty("findings");

    const diff = await viewer.get(`/api/v1/interfaces/${id}/contracts/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    expect([diff.body.from.number, diff.body.to.number]).toEqual([1, 2]);
    const byLocation = (a: { location: string; kind: string }, b: { location: string; kind: string }) => (a.location + a.kind).localeCompare(b.location + b.kind);
    expect([...diff.body.breaking].sort(byLocation)).toEqual([
      { kind: "type-changed", location: "GET /pets → 200 → [].id", before: "integer", after: "string" },
      { kind: "parameter-required", location: "GET /pets → query limit", before: "optional", after: "required" },
      { kind: "response-removed", location: "GET /pets → default" },
      { kind: "type-changed", location: "GET /pets/{petId} → 200 → id", before: "integer", after: "string" },
      { kind: "operation-removed", location: "POST /pets" },
    ].sort(byLocation));
    expect(diff.body.other).toEqual([]);
    // Backwards, what v2 lacks is added in v1: nothing breaks a client of v2 but the type changes.
    const back = (await viewer.get(`/api/v1/interfaces/${id}/contracts/diff?from=2&to=1`)).body;
    expect(back.other).toEqual([{ kind: "operation-added", location: "POST /pets" }]);
    expect((await viewer.get(`/api/v1/interfaces/${id}/contracts/diff?from=1&to=3`)).status).toBe(404);
  }, 60_000);

  it("audits each version with its metadata, never the text; the interface's format change too", async () => {
    const id = await estate.iface();
    await put(eng, id, PETSTORE);
    await put(eng, id, PETSTORE);
    await put(eng, id, V2);
    const entries = await auditEntries("CONTRACT", id);
    expect(entries.map((e) => [e.action, e.before?.number ?? null, e.after?.number])).toEqual([["CREATE", null, 1], ["UPDATE", 1, 2]]);
    expect(entries[1].after).toMatchObject({ format: "OPENAPI", specVersion: "3.0.0", title: "Swagger Petstore", sizeBytes: Buffer.byteLength(V2) });
    for (const e of entries) expect(JSON.stringify(e)).not.toContain("listPets");
    const iface = await auditEntries("INTERFACE", id);
    expect(iface.at(-1)).toMatchObject({ action: "UPDATE", before: { contractFormat: "NONE" }, after: { contractFormat: "OPENAPI" } });
  }, 60_000);
});

describe("standards read the stored findings", () => {
  it("a CONTRACT standard fails with no contract, fails on petstore's plain HTTP, passes once a clean version is attached", async () => {
    const standardId = await addStandard(admin, {
      category: "SECURITY", appliesTo: "INTERFACE", scope: { teamIds: [estate.teamId] },
      check: { kind: "CONTRACT", rules: ["junction-https-servers"], failOn: "error" },
    });
    const id = await estate.iface();
    expect(await statusOf(viewer, "interfaces", id, standardId)).toBe("FAIL");
    await put(eng, id, PETSTORE);
    const failing = (await viewer.get(`/api/v1/interfaces/${id}/compliance`)).body.results.find((r: { standard: { id: string } }) => r.standard.id === standardId);
    expect(failing).toMatchObject({ status: "FAIL", reason: { t: "contract", number: 1, fired: { "junction-https-servers": 1 } } });
    await put(eng, id, edit(PETSTORE, ["url: http://petstore.swagger.io/v1", "url: https://petstore.swagger.io/v1"]));
    expect(await statusOf(viewer, "interfaces", id, standardId)).toBe("PASS");
  }, 60_000);

  it("the error schema is an admin's setting, audited; engineers cannot change it", async () => {
    expect((await eng.patch("/api/v1/contracts/settings", { errorSchemaRef: "Error" })).status).toBe(403);
    const id = await estate.iface();
    const errorSchemaCount = async (text: string) =>
      (await put(eng, id, text)).body.version.findings.filter((f: { rule: string }) => f.rule === "junction-error-schema").length;
    // A 404 that returns petstore's own Error schema: not the shared "Problem"…
    const withNotFound = edit(PETSTORE, ["      responses:\n        '200':\n          description: Expected response to a valid request", "      responses:\n        '404':\n          description: No such pet\n          content:\n            application/json:\n              schema:\n                $ref: \"#/components/schemas/Error\"\n        '200':\n          description: Expected response to a valid request"]);
    expect(await errorSchemaCount(withNotFound)).toBe(1);
    try {
      const changed = await admin.patch("/api/v1/contracts/settings", { errorSchemaRef: "Error" });
      expect(changed.body).toEqual({ errorSchemaRef: "Error" });
      // …until "Error" is the shared schema (a new text, so a new version is linted).
      expect(await errorSchemaCount(`${withNotFound}\n# v2\n`)).toBe(0);
      expect((await auditEntries("SETTING", "contracts.lint")).at(-1)).toMatchObject({ before: { errorSchemaRef: "Problem" }, after: { errorSchemaRef: "Error" } });
    } finally {
      await admin.patch("/api/v1/contracts/settings", { errorSchemaRef: "Problem" });
    }
  }, 60_000);
});
