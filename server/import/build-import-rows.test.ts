import { describe, expect, it } from "vitest";
import { buildImportRows, NO_PASSWORD } from "./build-import-rows";
import type { TEstate } from "./estate-types";

const estate: TEstate = {
  users: [
    { email: "Known@Example.com", name: "Known" },
    { email: "new@example.com", name: "New", passwordHash: "$argon2id$secret" },
    { email: "owner@example.com", name: "Owner" },
  ],
  teams: [{ key: "ops", name: "Ops", members: [{ email: "new@example.com", role: "LEAD" }, { email: "known@example.com", role: "MEMBER" }] }],
  systems: [
    { key: "a", name: "A", kind: "BUSINESS_APP", layer: "BUSINESS", team: "ops", technicalOwner: "owner@example.com" },
    { key: "b", name: "B", kind: "MESSAGE_BROKER", layer: "INFRASTRUCTURE" },
  ],
  interfaces: [{ key: "a-to-a", name: "loop", style: "MESSAGE_QUEUE", mode: "ASYNC", provider: "a", consumer: "a", via: "b" }],
};

describe("buildImportRows", () => {
  it("reuses people already in the database and wires relations by pre-made ids", () => {
    const rows = buildImportRows({ estate, actorLabel: "seed", existingUsers: new Map([["known@example.com", "u-known"]]) });
    expect(rows.problems).toEqual([]);
    expect(rows.users.map((u) => u.email)).toEqual(["new@example.com", "owner@example.com"]);
    expect(rows.users[1].passwordHash).toBe(NO_PASSWORD);
    expect(rows.members.map((m) => m.userId)).toEqual([rows.users[0].id, "u-known"]);
    expect(rows.systems[0]).toMatchObject({ teamId: rows.teams[0].id, technicalOwnerId: rows.users[1].id, tier: 2, lifecycle: "ACTIVE" });
    expect(rows.interfaces[0]).toMatchObject({ providerSystemId: rows.systems[0].id, viaSystemId: rows.systems[1].id });
    expect(new Set([...rows.users, ...rows.teams, ...rows.systems, ...rows.interfaces].map((r) => r.id)).size).toBe(6);
  });

  it("writes one IMPORT audit row per created record, without password hashes", () => {
    const rows = buildImportRows({ estate, actorLabel: "seed", existingUsers: new Map([["known@example.com", "u-known"]]) });
    expect(rows.audit.map((a) => a.entityType)).toEqual(["USER", "USER", "TEAM", "SYSTEM", "SYSTEM", "INTERFACE"]);
    expect(rows.audit.every((a) => a.action === "IMPORT" && a.actorLabel === "seed" && a.actorUserId === null)).toBe(true);
    expect(JSON.stringify(rows.audit)).not.toContain("argon2");
  });

  it("reports dangling references and duplicate keys instead of inserting them", () => {
    const broken: TEstate = {
      ...estate,
      systems: [...estate.systems, { key: "a", name: "again", kind: "OTHER", layer: "DATA", team: "nope" }],
      interfaces: [{ key: "x", name: "x", style: "REST", mode: "SYNC", provider: "a", consumer: "ghost", technicalOwner: "who@example.com" }],
    };
    const { problems } = buildImportRows({ estate: broken, actorLabel: "seed", existingUsers: new Map() });
    expect(problems).toEqual([
      'duplicate system key "a"',
      'system a: unknown team "nope"',
      'interface x: unknown system "ghost"',
      'interface x: unknown person "who@example.com"',
    ]);
  });
});
