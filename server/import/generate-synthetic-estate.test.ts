import { describe, expect, it } from "vitest";
import { KEY_PATTERN } from "@/lib/schemas/common";
import { buildImportRows } from "./build-import-rows";
import { generateSyntheticEstate, SYNTHETIC_EMAIL_DOMAIN, SYNTHETIC_PREFIX } from "./generate-synthetic-estate";

describe("generateSyntheticEstate", () => {
  const estate = generateSyntheticEstate({ systems: 1000 });

  it("is deterministic for a seed, and differs between seeds", () => {
    expect(JSON.stringify(generateSyntheticEstate({ systems: 1000 }))).toBe(JSON.stringify(estate));
    const other = generateSyntheticEstate({ systems: 1000, seed: 7 });
    expect(other.systems.map((s) => s.key)).not.toEqual(estate.systems.map((s) => s.key));
  });

  it("makes N systems, 4N interfaces, max(8, N/100) teams of five with one lead", () => {
    expect(estate.systems).toHaveLength(1000);
    expect(estate.interfaces).toHaveLength(4000);
    expect(estate.teams).toHaveLength(10);
    expect(estate.users).toHaveLength(50);
    expect(generateSyntheticEstate({ systems: 200 }).teams).toHaveLength(8);
    for (const t of estate.teams) expect(t.members!.filter((m) => m.role === "LEAD")).toHaveLength(1);
  });

  it("uses unique, valid, prefixed keys and emails", () => {
    const keys = [...estate.teams, ...estate.systems, ...estate.interfaces].map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => !k.startsWith(SYNTHETIC_PREFIX) || !KEY_PATTERN.test(k))).toEqual([]);
    const emails = estate.users.map((u) => u.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((e) => e.endsWith(`@${SYNTHETIC_EMAIL_DOMAIN}`) && /^[a-z0-9.@-]+$/.test(e))).toBe(true);
  });

  it("has no self-loops, no duplicate pairs and no cycles", () => {
    const index = new Map(estate.systems.map((s, i) => [s.key, i]));
    const pairs = new Set<string>();
    for (const i of estate.interfaces) {
      expect(i.provider).not.toBe(i.consumer);
      // Providers always precede consumers, so no path can come back to where it started.
      expect(index.get(i.provider)!).toBeLessThan(index.get(i.consumer)!);
      pairs.add(`${i.provider}>${i.consumer}`);
      if (i.via) expect([i.provider, i.consumer]).not.toContain(i.via);
    }
    expect(pairs.size).toBe(estate.interfaces.length);
  });

  it("uses every interface style and routes brokered messages through a broker", () => {
    expect(new Set(estate.interfaces.map((i) => i.style)).size).toBe(10);
    const brokers = new Set(estate.systems.filter((s) => s.kind === "MESSAGE_BROKER").map((s) => s.key));
    for (const i of estate.interfaces.filter((x) => x.via)) expect(brokers.has(i.via!)).toBe(true);
  });

  it("copes with tiny estates", () => {
    expect(generateSyntheticEstate({ systems: 1 }).interfaces).toHaveLength(0);
    expect(generateSyntheticEstate({ systems: 3 }).interfaces).toHaveLength(3);
  });

  it("resolves every reference when turned into rows", () => {
    expect(buildImportRows({ estate, actorLabel: "test", existingUsers: new Map() }).problems).toEqual([]);
  });
});
