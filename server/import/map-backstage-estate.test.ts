import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KEY_PATTERN } from "@/lib/schemas/common";
import { buildImportRows } from "./build-import-rows";
import { mapBackstageEstate, type TBackstageEstate } from "./map-backstage-estate";

const ESTATE_FILE = path.resolve(import.meta.dirname, "../../../shared/data/estate-5k.json");

describe("mapBackstageEstate", () => {
  it("maps types and lifecycles, and points each dependency from provider to consumer", () => {
    const estate = mapBackstageEstate({
      groups: [{ name: "team-a" }, { name: "team-b" }],
      components: [
        { name: "web", type: "website", lifecycle: "experimental", owner: "team-a", system: "shop", dependsOn: ["api"] },
        { name: "api", type: "service", lifecycle: "production", owner: "team-b", dependsOn: [] },
      ],
    });
    expect(estate.systems).toEqual([
      expect.objectContaining({ key: "web", kind: "BUSINESS_APP", layer: "PRESENTATION", lifecycle: "PLANNED", team: "team-a", tags: ["shop"] }),
      expect.objectContaining({ key: "api", kind: "BUSINESS_APP", layer: "BUSINESS", lifecycle: "ACTIVE", team: "team-b", tags: [] }),
    ]);
    expect(estate.interfaces).toEqual([
      expect.objectContaining({ key: "api-to-web", provider: "api", consumer: "web", team: "team-b" }),
    ]);
  });

  describe.skipIf(!existsSync(ESTATE_FILE))("on ../shared/data/estate-5k.json", () => {
    const source = existsSync(ESTATE_FILE) ? (JSON.parse(readFileSync(ESTATE_FILE, "utf8")) as TBackstageEstate) : undefined;
    const estate = source ? mapBackstageEstate(source) : undefined;

    it("yields 5,000 systems, 19,990 interfaces and 50 teams with valid, unique keys", () => {
      expect(estate!.systems).toHaveLength(5000);
      expect(estate!.interfaces).toHaveLength(19_990);
      expect(estate!.teams).toHaveLength(50);
      const keys = [...estate!.systems, ...estate!.interfaces].map((r) => r.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.filter((k) => !KEY_PATTERN.test(k))).toEqual([]);
    });

    it("makes B the provider and A the consumer when A dependsOn B", () => {
      const byKey = new Map(estate!.interfaces.map((i) => [i.key, i]));
      for (const a of source!.components) {
        for (const b of a.dependsOn ?? []) expect(byKey.get(`${b}-to-${a.name}`)).toMatchObject({ provider: b, consumer: a.name });
      }
      // The payment hub of the README: 37 systems depend on it directly.
      expect(estate!.interfaces.filter((i) => i.provider === "svc-00036-payment")).toHaveLength(37);
    });

    it("resolves every reference (teams, systems) when turned into rows", () => {
      const rows = buildImportRows({ estate: estate!, actorLabel: "test", existingUsers: new Map() });
      expect(rows.problems).toEqual([]);
      expect(rows.audit).toHaveLength(50 + 5000 + 19_990);
    });
  });
});
