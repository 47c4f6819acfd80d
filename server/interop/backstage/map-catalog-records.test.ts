// The example catalog (../shared/fixtures/backstage-examples, read in place) through reading and
// mapping: the counts are derived from the fixture's COUNTS.md, one comment per figure.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mapCatalogRecords } from "./map-catalog-records";
import { parseCatalogFiles } from "./parse-catalog-files";
import { readCatalogUpload } from "./read-catalog-upload";

// ../shared beside the checkout (or beside the worktrees' folder, for a git worktree under wt/).
const FIXTURE = ["../shared", "../../shared"].map((d) => path.resolve(process.cwd(), d, "fixtures/backstage-examples")).find((d) => existsSync(d))
  ?? path.resolve(process.cwd(), "../shared/fixtures/backstage-examples");

export function fixtureFiles(dir = FIXTURE): { name: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
    .map((d) => {
      const full = path.join(d.parentPath, d.name);
      return { name: path.relative(dir, full), text: readFileSync(full, "utf8") };
    });
}

function importFixture() {
  const { upload, errors } = readCatalogUpload({ files: fixtureFiles() });
  const read = parseCatalogFiles({ upload });
  const mapped = mapCatalogRecords({ entities: read.entities });
  return { read, mapped, uploadErrors: errors };
}

describe("the Backstage example catalog", () => {
  const { read, mapped, uploadErrors } = importFixture();
  const { records } = mapped;
  const warnings = [...read.warnings, ...mapped.warnings];

  it("reads every entity of the 51 entity files, and the two OpenAPI documents only as definitions", () => {
    expect(uploadErrors).toEqual([]);
    expect(read.errors).toEqual([]);
    expect(mapped.errors).toEqual([]);
    // COUNTS.md "all files" column: 69 entities in all.
    expect(read.entities).toHaveLength(69);
  });

  it("maps each kind to the records COUNTS.md implies", () => {
    // Group 8 → 8 teams; User 17 (16 names, guest in two namespaces) → 17 people.
    expect(records.teams).toHaveLength(8);
    expect(records.people).toHaveLength(17);
    // Component 13 + Resource 1 → 14 systems.
    expect(records.systems).toHaveLength(14);
    // providesApis/consumesApis meet on one API only (wayback-archive: provided by wayback-archive,
    // consumed by wayback-search) → 1; dependsOn artist-lookup → artists-db → 1; consumesApis
    // www-artist → component:artist-lookup, taken as a dependency → 1. Total 3.
    expect(records.interfaces.map((i) => [i.provider, i.consumer, i.style]).sort()).toEqual([
      ["artist-lookup", "www-artist", "REST"],
      ["artists-db", "artist-lookup", "DB_LINK"],
      ["wayback-archive", "wayback-search", "REST"],
    ]);
  });

  it("keeps the group hierarchy and the memberships", () => {
    const parent = Object.fromEntries(records.teams.map((t) => [t.key, t.parent]));
    // 7 parent edges: every group but acme-corp.
    expect(parent).toEqual({
      "acme-corp": null, infrastructure: "acme-corp", backstage: "infrastructure", boxoffice: "infrastructure",
      "team-a": "backstage", "team-b": "backstage", "team-c": "boxoffice", "team-d": "boxoffice",
    });
    const members = Object.fromEntries(records.teams.map((t) => [t.key, t.members?.length ?? 0]));
    // memberOf 17: team-a 5, team-b 5, team-c 5, team-d 2.
    expect(members).toMatchObject({ "team-a": 5, "team-b": 5, "team-c": 5, "team-d": 2, "acme-corp": 0 });
  });

  it("keeps the two guests apart: the second namespace gets a derived address, and says so", () => {
    const guests = records.people.filter((p) => p.sourceRef?.endsWith("/guest"));
    expect(guests.map((p) => [p.sourceRef, p.email]).sort()).toEqual([
      ["user:default/guest", "guest@example.com"],
      ["user:development/guest", "guest@development.backstage.local"],
    ]);
    expect(warnings.some((w) => w.key === "user:development/guest" && w.file === "acme/team-a-group.yaml" && w.line === 64)).toBe(true);
  });

  it("labels systems with their System and that System's Domain", () => {
    const s = Object.fromEntries(records.systems.map((x) => [x.key, x]));
    expect(s["artists-db"]).toMatchObject({ kind: "DATABASE", layer: "DATA", grouping: "artist-engagement-portal", domain: "Artists", team: "team-a" });
    expect(s["www-artist"]).toMatchObject({ layer: "PRESENTATION", lifecycle: "ACTIVE" });
    expect(s.petstore).toMatchObject({ grouping: null, domain: null, team: "team-c", sourceRef: "component:default/petstore", origin: { file: "components/petstore-component.yaml", line: 1 } });
    // owner user:guest → the technical owner, no team (playback-order, searcher, shuffle-api).
    expect(records.systems.filter((x) => x.technicalOwner === "guest@example.com").map((x) => x.key).sort()).toEqual(["playback-order", "searcher", "shuffle-api"]);
    // Component system 7 + Resource system 1 = 8 with a grouping.
    expect(records.systems.filter((x) => x.grouping).length).toBe(8);
  });

  it("reports what it cannot model, with file and line", () => {
    const about = (text: string) => warnings.filter((w) => w.message.includes(text));
    // consumesApis naming a Component (www-artist → component:artist-lookup).
    expect(about("not an API: imported as a dependency")).toEqual([expect.objectContaining({ key: "component:default/www-artist", file: "components/www-artist-component.yaml", line: 1 })]);
    // The 3 dangling refs of COUNTS.md, all in AiResources.
    expect(about("dangling").map((w) => w.message.split(" ")[0]).sort()).toEqual([
      "airesource:default/security-review", "airesource:default/testing-plugin", "airesource:default/typescript-best-practices",
    ]);
    // AiResource 4: an unknown kind.
    expect(about("Kind airesource")).toHaveLength(4);
    // 11 APIs, 1 imported: 10 without a provider or a consumer.
    expect(about("Not imported: no component")).toHaveLength(10);
    // 3 remote $text definitions (spotify, wayback-archive, wayback-search) are not fetched.
    expect(about("does not fetch: kept as the contract URL")).toHaveLength(3);
  });

  it("attaches definitions: a remote one as the contract URL", () => {
    const [wayback] = records.interfaces.filter((i) => i.sourceRef === "api:default/wayback-archive>component:default/wayback-search");
    expect(wayback.contract).toBeUndefined();
    expect(wayback.contractUrl).toMatch(/^https:\/\/github\.com\/APIs-guru\//);
  });
});
