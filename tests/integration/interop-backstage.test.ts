// The Backstage example catalog (../shared/fixtures/backstage-examples, read in place) through
// POST /api/v1/import/backstage as the import page sends it (every YAML file of the folder, with
// its relative path), then export → import, a zip, and the upload's problems. The expected
// figures are derived from the fixture's COUNTS.md, one comment each.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, as, type ApiClient } from "./helpers/client";

// ../shared beside the checkout (or beside the worktrees' folder, for a git worktree under wt/).
const FIXTURE = ["../shared", "../../shared"].map((d) => path.resolve(process.cwd(), d, "fixtures/backstage-examples")).find((d) => existsSync(d))
  ?? path.resolve(process.cwd(), "../shared/fixtures/backstage-examples");
const files = readdirSync(FIXTURE, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
  .map((d) => ({ name: path.relative(FIXTURE, path.join(d.parentPath, d.name)), text: readFileSync(path.join(d.parentPath, d.name), "utf8") }));

type Result = {
  batchId: string | null; applied: boolean;
  counts: Record<string, Record<"create" | "update" | "unchanged" | "delete" | "invalid", number>>;
  changes: { entity: string; key: string; action: string; fields?: { field: string }[] }[];
  problems: { entity: string; key: string | null; field: string | null; message: string; file: string | null; line: number | null }[];
};

const total = (c: Result["counts"][string]) => c.create + c.update + c.unchanged + c.invalid;
const writes = (r: Result) => Object.values(r.counts).reduce((n, c) => n + c.create + c.update + c.delete, 0);

let engineer: ApiClient;
const importFiles = (body: Record<string, unknown>) => engineer.post<Result>("/api/v1/import/backstage", { mode: "all-or-nothing", dryRun: false, ...body });

beforeAll(async () => {
  engineer = await as("ENGINEER");
});

describe("Backstage catalog import", () => {
  let applied: Result;

  it("a viewer cannot import", async () => {
    const viewer = await as("VIEWER");
    expect((await viewer.post("/api/v1/import/backstage", { files, dryRun: true })).status).toBe(403);
  });

  it("dry run: the records per kind, nothing written, and the edge cases reported with file and line", async () => {
    const res = await importFiles({ files, dryRun: true });
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.applied).toBe(false);
    // Group 8 → teams; User 17 (guest twice, in two namespaces) → people; Component 13 +
    // Resource 1 → systems; interfaces: wayback-archive API (provided and consumed), dependsOn
    // artist-lookup → artists-db, consumesApis www-artist → component:artist-lookup = 3.
    expect({ teams: total(r.counts.teams), people: total(r.counts.people), systems: total(r.counts.systems), interfaces: total(r.counts.interfaces) })
      .toEqual({ teams: 8, people: 17, systems: 14, interfaces: 3 });
    expect(r.problems.filter((p) => p.entity === "yaml" || p.entity === "file")).toEqual([]);
    const about = (text: string) => r.problems.filter((p) => p.message.includes(text));
    expect(about("not an API: imported as a dependency")).toEqual([
      expect.objectContaining({ key: "component:default/www-artist", file: "components/www-artist-component.yaml", line: 1 }),
    ]);
    // COUNTS.md: 3 dangling refs, all from AiResources.
    expect(about("dangling").map((p) => p.file).sort()).toEqual([
      "ai-resources/code-review-plugin.yaml", "ai-resources/code-review-plugin.yaml", "ai-resources/company-ai-marketplace.yaml",
    ]);
    expect(about("imported as guest@development.backstage.local")).toEqual([
      expect.objectContaining({ key: "user:development/guest", file: "acme/team-a-group.yaml", line: 64 }),
    ]);
  });

  it("applies: one batch, the systems on the map with their domain and grouping", async () => {
    const res = await importFiles({ files });
    expect(res.status).toBe(200);
    applied = res.body;
    expect(applied.applied).toBe(true);
    expect(applied.batchId).not.toBeNull();
    const batch = await engineer.get(`/api/v1/import/batches/${applied.batchId}`);
    expect(batch.body).toMatchObject({ source: "BACKSTAGE", state: "APPLIED" });

    // COUNTS.md: 7 components + 1 resource name artist-engagement-portal, audio-playback or podcast.
    const grouped = await engineer.get("/api/v1/topology?grouping=artist-engagement-portal,audio-playback,podcast");
    expect(grouped.status).toBe(200);
    expect(grouped.body.totals.systems).toBe(8);
    expect(grouped.body.labels.grouping).toEqual(expect.arrayContaining(["artist-engagement-portal", "audio-playback", "podcast"]));
    const byDomain = await engineer.get("/api/v1/topology?groupBy=domain&grouping=artist-engagement-portal,audio-playback,podcast");
    // artist-engagement-portal (domain Artists): www-artist, artist-lookup, artists-db = 3;
    // audio-playback (playback-order, shuffle-api, playback-sdk) + podcast (podcast-api,
    // queue-proxy), both in domain playback (no title: the name is the label) = 5.
    const groups = Object.fromEntries(byDomain.body.nodes.map((n: { label: string; systems: number }) => [n.label, n.systems]));
    expect(groups).toEqual({ Artists: 3, playback: 5 });
  });

  it("a second import of the same files changes nothing and writes no batch", async () => {
    const again = (await importFiles({ files })).body;
    expect(writes(again)).toBe(0);
    expect(again.batchId).toBeNull();
  });

  it("a zip of the same folder reads the same and changes nothing", async () => {
    const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)])));
    const r = (await importFiles({ files: [{ name: "examples.zip", base64: Buffer.from(zip).toString("base64") }], dryRun: true })).body;
    expect(r.problems.filter((p) => p.entity === "yaml")).toEqual([]);
    expect(total(r.counts.systems)).toBe(14);
    expect(writes(r)).toBe(0);
  });

  it("export → import changes nothing that came from the catalog", async () => {
    const yaml = await fetch(`${BASE_URL}/api/v1/export/backstage.yaml`, { headers: { cookie: engineer.cookieHeader() } });
    expect(yaml.headers.get("content-type")).toMatch(/^application\/yaml/);
    const text = await yaml.text();
    const r = (await importFiles({ files: [{ name: "catalog-info.yaml", text }], dryRun: true })).body;
    const fromCatalog = new Set(applied.changes.map((c) => `${c.entity}:${c.key}`));
    const ours = r.changes.filter((c) => fromCatalog.has(`${c.entity}:${c.key}`));
    expect(ours).toHaveLength(applied.changes.length);
    expect(ours.filter((c) => c.action !== "unchanged")).toEqual([]);
  });

  it("exports one team's file, and a zip by team that imports back unchanged", async () => {
    const team = await engineer.get<string>("/api/v1/export/backstage.yaml?team=team-a");
    expect(team.status).toBe(200);
    expect(team.body).toContain("name: team-a");
    expect((await engineer.get("/api/v1/export/backstage.yaml?team=no-such-team")).status).toBe(404);
    const zipRes = await fetch(`${BASE_URL}/api/v1/export/backstage.zip`, { headers: { cookie: engineer.cookieHeader() } });
    const bytes = new Uint8Array(await zipRes.arrayBuffer());
    expect(Object.keys(unzipSync(bytes))).toEqual(expect.arrayContaining(["all.yaml", "team-a.yaml", "_groupings.yaml"]));
    const r = (await importFiles({ files: [{ name: "junction.zip", base64: Buffer.from(bytes).toString("base64") }], dryRun: true })).body;
    const fromCatalog = new Set(applied.changes.map((c) => `${c.entity}:${c.key}`));
    expect(r.changes.filter((c) => fromCatalog.has(`${c.entity}:${c.key}`) && c.action !== "unchanged")).toEqual([]);
  });
});

describe("what an upload gets wrong", () => {
  const component = (name: string) => `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n`;

  it("a Location pointing outside the upload is reported, not followed", async () => {
    const location = "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: outside\nspec:\n  targets:\n    - ../../etc/passwd\n    - https://example.com/catalog-info.yaml\n";
    const res = await importFiles({ files: [{ name: "catalog-info.yaml", text: location }], dryRun: true });
    expect(res.status).toBe(200);
    expect(res.body.problems).toEqual([
      expect.objectContaining({ entity: "Location", file: "catalog-info.yaml", line: 1, message: expect.stringContaining("../../etc/passwd is not in the upload") }),
      expect.objectContaining({ entity: "Location", message: expect.stringContaining("is a URL") }),
    ]);
  });

  it("a broken YAML document is a problem with file and line; all-or-nothing writes nothing", async () => {
    const text = `${component("bs-broken-a")}---\nkind: [\n`;
    const res = await importFiles({ files: [{ name: "svc/catalog-info.yaml", text }] });
    expect(res.status).toBe(200);
    expect(res.body.applied).toBe(false);
    const yaml = res.body.problems.filter((p) => p.entity === "yaml");
    // The flow sequence opened on line 10 is found unclosed at the end of the file, line 11.
    expect(yaml).toEqual([expect.objectContaining({ file: "svc/catalog-info.yaml", line: 11 })]);
    // team-a is in Junction (from the example catalog above) but not in this upload: said, not refused.
    expect(res.body.problems).toContainEqual(expect.objectContaining({ field: "spec.owner", message: expect.stringContaining("must already be in Junction") }));
    expect((await engineer.get("/api/v1/topology?focus=bs-broken-a")).status).toBe(404);
  });

  it("a file that is not a zip is a problem, not a 500", async () => {
    const res = await importFiles({ files: [{ name: "x.zip", base64: "bm90IGEgemlw" }], dryRun: true });
    expect(res.status).toBe(200);
    expect(res.body.problems).toEqual([expect.objectContaining({ entity: "file", file: "x.zip" })]);
  });
});
