import { describe, expect, it } from "vitest";
import { diffSnapshots, formatAuditValue, isWholeRecord, type ValueLabels } from "./audit-diff";

const ENUMS: Record<string, Record<string, string>> = {
  kind: { DATABASE: "Database" },
  tier: { 2: "Tier 2 · important" },
  "members.role": { LEAD: "Lead", MEMBER: "Member" },
};
const labels: ValueLabels = {
  yes: "Yes",
  no: "No",
  inactive: "deactivated",
  enumLabel: (field, value) => ENUMS[field]?.[String(value)],
  date: (iso) => `date(${iso})`,
};

const system = {
  id: "s1", key: "orders", name: "Orders", kind: "DATABASE", tier: 2, tags: [], vendor: null, description: "",
  teamId: "t1", team: { id: "t1", key: "payments", name: "Payments" },
  technicalOwnerId: null, technicalOwner: null,
  version: 1, createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("diffSnapshots", () => {
  it("lists only the changed fields of an update, never the bookkeeping", () => {
    const after = { ...system, name: "Order service", tags: ["core", "pci"], version: 2, updatedAt: "2026-02-01T00:00:00.000Z" };
    expect(diffSnapshots("UPDATE", system, after)).toEqual([
      { field: "name", before: "Orders", after: "Order service" },
      { field: "tags", before: [], after: ["core", "pci"] },
    ]);
  });

  it("shows a changed reference once, by its object, not by its id", () => {
    const after = { ...system, teamId: "t2", team: { id: "t2", key: "crm", name: "CRM" } };
    expect(diffSnapshots("UPDATE", system, after).map((c) => c.field)).toEqual(["team"]);
    const iface = { providerSystemId: "a", provider: { name: "A" }, viaSystemId: null, via: null };
    const moved = { providerSystemId: "b", provider: { name: "B" }, viaSystemId: "c", via: { name: "C" } };
    expect(diffSnapshots("UPDATE", iface, moved).map((c) => c.field)).toEqual(["provider", "via"]);
  });

  it("treats null, empty text and an empty list as the same nothing", () => {
    expect(diffSnapshots("UPDATE", { vendor: null, tags: [] }, { vendor: "", tags: [] })).toEqual([]);
  });

  it("lists every non-empty field of a created, deleted or imported record", () => {
    const fields = ["key", "name", "kind", "tier", "team"];
    expect(diffSnapshots("CREATE", null, system).map((c) => c.field)).toEqual(fields);
    expect(diffSnapshots("IMPORT", null, system).map((c) => c.field)).toEqual(fields);
    const deleted = diffSnapshots("DELETE", system, null);
    expect(deleted.map((c) => c.field)).toEqual(fields);
    expect(deleted[0]).toEqual({ field: "key", before: "orders", after: undefined });
  });

  it("keeps ids that have no object beside them, and fields only one side has", () => {
    expect(diffSnapshots("CREATE", null, { name: "x", sourceId: "s1" }).map((c) => c.field)).toEqual(["name", "sourceId"]);
    const user = { name: "Ann", role: "VIEWER", active: true };
    expect(diffSnapshots("UPDATE", user, { ...user, passwordChanged: true })).toEqual([
      { field: "passwordChanged", before: undefined, after: true },
    ]);
    expect(diffSnapshots("DEACTIVATE", user, { ...user, active: false })).toEqual([
      { field: "active", before: true, after: false },
    ]);
  });

  it("reads a delete that kept both snapshots (a token revocation) as a change", () => {
    const token = { id: "k1", name: "ci", prefix: "abcd1234", userId: "u1", revokedAt: null };
    expect(diffSnapshots("CREATE", null, token).map((c) => c.field)).toEqual(["name", "prefix"]);
    expect(diffSnapshots("DELETE", token, { ...token, revokedAt: "2026-11-23T02:18:00.000Z" })).toEqual([
      { field: "revokedAt", before: null, after: "2026-11-23T02:18:00.000Z" },
    ]);
    expect(isWholeRecord("DELETE", token, null)).toBe(true);
    expect(isWholeRecord("DELETE", token, token)).toBe(false);
    expect(isWholeRecord("IMPORT", token, token)).toBe(true);
  });

  it("tells a recorded \"no\" from \"not recorded\", and keeps the reliability facts beside the contract", () => {
    const before = { contractUrl: null, idempotent: null, tlsInTransit: true, deadLetterQueue: null, vendor: null };
    const after = { contractUrl: "https://c.example/x", idempotent: false, tlsInTransit: null, deadLetterQueue: "orders.dlq", vendor: "V" };
    expect(diffSnapshots("UPDATE", before, after)).toEqual([
      { field: "contractUrl", before: null, after: "https://c.example/x" },
      { field: "idempotent", before: null, after: false },
      { field: "deadLetterQueue", before: null, after: "orders.dlq" },
      { field: "tlsInTransit", before: true, after: null },
      { field: "vendor", before: null, after: "V" },
    ]);
    expect(formatAuditValue("idempotent", false, labels)).toBe("No");
    expect(formatAuditValue("idempotent", null, labels)).toBeNull();
  });

  it("compares nested values deeply", () => {
    const members = [{ role: "LEAD", user: { id: "u1", name: "Ann" } }];
    const same = [{ user: { name: "Ann", id: "u1" }, role: "LEAD" }];
    expect(diffSnapshots("UPDATE", { members }, { members: same })).toEqual([]);
    expect(diffSnapshots("UPDATE", { members }, { members: [{ ...members[0], role: "MEMBER" }] })).toHaveLength(1);
  });
});

describe("formatAuditValue", () => {
  it("shows nothing as null, booleans and enums as labels, dates through the formatter", () => {
    expect(formatAuditValue("vendor", null, labels)).toBeNull();
    expect(formatAuditValue("vendor", "", labels)).toBeNull();
    expect(formatAuditValue("tags", [], labels)).toBeNull();
    expect(formatAuditValue("isThirdParty", false, labels)).toBe("No");
    expect(formatAuditValue("kind", "DATABASE", labels)).toBe("Database");
    expect(formatAuditValue("tier", 2, labels)).toBe("Tier 2 · important");
    expect(formatAuditValue("tier", 7, labels)).toBe("7");
    expect(formatAuditValue("revokedAt", "2026-11-23T01:52:24.722Z", labels)).toBe("date(2026-11-23T01:52:24.722Z)");
    expect(formatAuditValue("name", "2026 plan", labels)).toBe("2026 plan");
  });

  it("shows references by name, marks deactivated people, and joins lists", () => {
    expect(formatAuditValue("team", { id: "t1", key: "payments", name: "Payments" }, labels)).toBe("Payments");
    expect(formatAuditValue("technicalOwner", { id: "u1", name: "Ann", email: "a@x", active: false }, labels)).toBe("Ann (deactivated)");
    expect(formatAuditValue("tags", ["core", "pci"], labels)).toBe("core, pci");
    const members = [
      { role: "LEAD", user: { id: "u1", name: "Ann", email: "a@x", active: true } },
      { role: "MEMBER", user: { id: "u2", name: "Bo", email: "b@x", active: true } },
    ];
    expect(formatAuditValue("members", members, labels)).toBe("Ann (Lead), Bo (Member)");
    expect(formatAuditValue("counts", { systems: 3, interfaces: 0 }, labels)).toBe("systems: 3, interfaces: 0");
  });
});
