import { describe, expect, it } from "vitest";
import type { TImportRecords } from "@/lib/schemas/interop";
import type { ExistingState } from "./load-existing";
import { planRecords } from "./plan-records";

let n = 0;
const newId = () => `new${++n}`;
const records = (r: Partial<TImportRecords>): TImportRecords => ({ teams: [], people: [], systems: [], interfaces: [], ...r });
const state = (s: Partial<ExistingState> = {}): ExistingState => ({
  users: [], teams: [], members: new Map(), systems: [], interfaces: [], contractSha: new Map(), ...s,
});
const sys = (id: string, key: string, extra: object = {}) => ({
  id, key, version: 1, name: key, description: "", kind: "OTHER", layer: "BUSINESS", tier: 2, lifecycle: "ACTIVE", vendor: null,
  isThirdParty: false, teamId: null, technicalOwnerId: null, businessOwnerId: null, tags: [], domain: null, grouping: null,
  docsUrl: null, repoUrl: null, runbookUrl: null, monitoringUrl: null, sourceRef: null, ...extra,
});
const newSystem = (key: string, extra: object = {}) => ({ key, name: key, kind: "OTHER" as const, layer: "BUSINESS" as const, ...extra });
const actions = (plan: ReturnType<typeof planRecords>) => plan.changes.map((c) => `${c.entity}:${c.key}:${c.action}`);

describe("planRecords", () => {
  it("creates what is new, leaves what is equal unchanged, and names changed references by key", () => {
    const existing = state({
      teams: [{ id: "t1", key: "team-a", version: 1, name: "A" }, { id: "t2", key: "team-b", version: 1, name: "B" }],
      systems: [sys("s1", "same", { teamId: "t1", tags: ["x"] }), sys("s2", "moved", { teamId: "t1" })],
    });
    const plan = planRecords({
      existing, newId,
      records: records({ systems: [newSystem("same", { team: "team-a", tags: ["x"] }), { key: "moved", team: "team-b" }, newSystem("fresh")] }),
    });
    expect(actions(plan)).toEqual(["systems:same:unchanged", "systems:moved:update", "systems:fresh:create"]);
    expect(plan.changes[1].fields).toEqual([{ field: "team", before: "team-a", after: "team-b" }]);
    expect(plan.counts.systems).toEqual({ create: 1, update: 1, unchanged: 1, delete: 0, invalid: 0 });
    expect(plan.problems).toEqual([]);
  });

  it("requires the create fields, refuses a key given twice, and fails what depends on a failed record", () => {
    const plan = planRecords({
      existing: state(), newId,
      records: records({
        systems: [{ key: "half", name: "Half" }, newSystem("ok"), newSystem("ok"), newSystem("fresh")],
        interfaces: [
          { key: "i", name: "I", style: "REST", mode: "SYNC", provider: "half", consumer: "ok", origin: { file: "a.yaml", line: 7 } },
          // "ok" was given twice: the first one stands, so what names it still goes ahead.
          { key: "j", name: "J", style: "REST", mode: "SYNC", provider: "ok", consumer: "fresh" },
        ],
      }),
    });
    expect(actions(plan)).toEqual(["systems:half:invalid", "systems:ok:create", "systems:ok:invalid", "systems:fresh:create", "interfaces:i:invalid", "interfaces:j:create"]);
    expect(plan.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ key: "half", field: "kind", message: "required when creating" }),
      expect.objectContaining({ key: "ok", field: "key" }),
      { entity: "interfaces", key: "i", field: "provider", message: 'system "half" is invalid in this import', file: "a.yaml", line: 7 },
    ]));
  });

  it("checks the merged interface: provider ≠ consumer, broker differs from both", () => {
    const existing = state({ systems: [sys("s1", "a"), sys("s2", "b")], interfaces: [{ id: "i1", key: "i", version: 1, providerSystemId: "s1", consumerSystemId: "s2", viaSystemId: null }] });
    const plan = planRecords({ existing, newId, records: records({ interfaces: [{ key: "i", consumer: "a", via: "a" }] }) });
    expect(plan.problems.map((p) => p.field)).toEqual(["consumer", "via"]);
  });

  it("refuses deactivated owners and members, and team parent cycles through existing teams", () => {
    const existing = state({
      users: [{ id: "u1", email: "gone@example.com", version: 1, active: false, role: "VIEWER" }],
      teams: [{ id: "t1", key: "top", version: 1, parentId: "t2" }, { id: "t2", key: "mid", version: 1, parentId: null }],
    });
    const plan = planRecords({
      existing, newId,
      records: records({
        teams: [{ key: "mid", parent: "top" }, { key: "new", name: "New", members: [{ email: "gone@example.com", role: "MEMBER" }] }],
        systems: [newSystem("s", { technicalOwner: "gone@example.com" })],
      }),
    });
    expect(plan.problems.map((p) => `${p.key}:${p.field}`)).toEqual(["mid:parent", "new:members.0.email", "s:technicalOwner"]);
  });

  it("matches by sourceRef before key, and refuses a key that already comes from another source", () => {
    const existing = state({ systems: [sys("s1", "old-key", { sourceRef: "component:default/a" }), sys("s2", "taken", { sourceRef: "component:default/b" })] });
    const plan = planRecords({
      existing, newId,
      records: records({ systems: [{ key: "new-key", sourceRef: "component:default/a" }, { key: "taken", sourceRef: "component:default/c" }] }),
    });
    expect(plan.changes[0]).toEqual({ entity: "systems", key: "new-key", action: "update", fields: [{ field: "key", before: "old-key", after: "new-key" }] });
    expect(plan.problems).toEqual([expect.objectContaining({ key: "taken", field: "sourceRef" })]);
  });

  it("prunes the team's records the input leaves out, but not a system another team's interface uses", () => {
    const existing = state({
      teams: [{ id: "t1", key: "mine", version: 1 }, { id: "t2", key: "theirs", version: 1 }],
      systems: [sys("s1", "kept", { teamId: "t1" }), sys("s2", "gone", { teamId: "t1" }), sys("s3", "used", { teamId: "t1" }), sys("s4", "other", { teamId: "t2" })],
      interfaces: [
        { id: "i1", key: "mine-if", version: 1, teamId: null, providerSystemId: "s2", consumerSystemId: "s1", viaSystemId: null },
        { id: "i2", key: "their-if", version: 1, teamId: "t2", providerSystemId: "s3", consumerSystemId: "s4", viaSystemId: null },
      ],
    });
    const plan = planRecords({ existing, newId, records: records({ systems: [{ key: "kept", team: "mine" }] }), prune: { team: "mine" } });
    expect(actions(plan)).toEqual(["systems:kept:unchanged", "interfaces:mine-if:delete", "systems:gone:delete", "systems:used:invalid"]);
    expect(plan.problems[0].message).toContain("their-if (team theirs)");
  });
});
