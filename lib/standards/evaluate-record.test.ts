import { describe, expect, it } from "vitest";
import { evaluateRecord, type EvaluateRecordOptions, type Facts, type StandardDef } from "./evaluate-record";

const NOW = Date.parse("2026-12-04T12:00:00Z");
const DAY = 86_400_000;
const sys = (id: string, o: Record<string, unknown> = {}): Facts => ({ id, layer: "BUSINESS", kind: "BUSINESS_APP", tier: 2, teamId: "t1", ...o }) as Facts;
const iface = (o: Record<string, unknown> = {}): Facts => ({ id: "i1", style: "REST", mode: "SYNC", tier: 1, authMethod: "NONE", teamId: "t1", ...o }) as Facts;

function run(standards: StandardDef[], o: Partial<EvaluateRecordOptions> = {}) {
  return evaluateRecord({
    subjectType: "INTERFACE",
    record: iface(),
    ends: { provider: sys("p"), consumer: sys("c") },
    standards,
    waivers: new Map(),
    attestations: new Map(),
    now: NOW,
    ...o,
  });
}

const std = (id: string, check: StandardDef["check"], more: Partial<StandardDef> = {}): StandardDef => ({
  id,
  severity: "MUST",
  appliesTo: "INTERFACE",
  scope: {},
  check,
  ...more,
});

describe("evaluateRecord", () => {
  it("a field rule with all: fails naming the conditions that failed and their values", () => {
    const s = std("auth", { kind: "FIELD", match: "all", conditions: [
      { field: "authMethod", op: "neq", value: "NONE" },
      { field: "tier", op: "lte", value: 2 },
    ] });
    const e = run([s]);
    expect(e.results.auth).toEqual({ s: "FAIL", r: { t: "field", failed: [{ field: "authMethod", op: "neq", value: "NONE", actual: "NONE" }] } });
    expect(run([s], { record: iface({ authMethod: "OAUTH2" }) }).results.auth).toEqual({ s: "PASS" });
  });

  it("a field rule with any: one condition is enough", () => {
    const s = std("doc", { kind: "FIELD", match: "any", conditions: [
      { field: "contractUrl", op: "not_empty" },
      { field: "hasContract", op: "eq", value: true },
    ] });
    expect(run([s]).results.doc.s).toBe("FAIL");
    expect(run([s], { record: iface({ hasContract: true }) }).results.doc.s).toBe("PASS");
  });

  it("a graph rule fails the interface whose ends match, with both ends, and compares ends by reference", () => {
    const layering = std("layers", { kind: "GRAPH", match: "all", conditions: [
      { field: "consumer.layer", op: "eq", value: "PRESENTATION" },
      { field: "provider.layer", op: "eq", value: "DATA" },
    ] });
    const crossTeam = std("dblink", { kind: "GRAPH", match: "all", conditions: [
      { field: "interface.style", op: "eq", value: "DB_LINK" },
      { field: "provider.teamId", op: "neq", value: { ref: "consumer.teamId" } },
    ] });
    const bad = run([layering, crossTeam], {
      record: iface({ style: "DB_LINK" }),
      ends: { provider: sys("p", { layer: "DATA", teamId: "t1" }), consumer: sys("c", { layer: "PRESENTATION", teamId: "t2" }) },
    });
    expect(bad.results.layers).toMatchObject({ s: "FAIL", r: { t: "graph", providerId: "p", consumerId: "c" } });
    expect(bad.results.dblink).toMatchObject({ s: "FAIL", r: { t: "graph", matched: [{ field: "interface.style" }, { field: "provider.teamId", actual: "t1" }] } });
    const sameTeam = run([crossTeam], { record: iface({ style: "DB_LINK" }), ends: { provider: sys("p"), consumer: sys("c") } });
    expect(sameTeam.results.dblink.s).toBe("PASS");
  });

  it("a contract check fails without a contract, and on the chosen rules' findings at the chosen severity", () => {
    const s = std("oas", { kind: "CONTRACT", rules: ["junction-kebab-case-paths"], failOn: "error" });
    const w = std("oasw", { kind: "CONTRACT", rules: [], failOn: "warn" });
    expect(run([s]).results.oas).toEqual({ s: "FAIL", r: { t: "contract", missing: true } });
    const contract = { number: 2, ruleCounts: { "junction-kebab-case-paths": { error: 3 }, "operation-description": { warn: 2 } } };
    const e = run([s, w], { contract });
    expect(e.results.oas).toEqual({ s: "FAIL", r: { t: "contract", number: 2, fired: { "junction-kebab-case-paths": 3 } } });
    expect(e.results.oasw).toEqual({ s: "FAIL", r: { t: "contract", number: 2, fired: { "junction-kebab-case-paths": 3, "operation-description": 2 } } });
    expect(run([s], { contract: { number: 3, ruleCounts: { "operation-description": { warn: 1 } } } }).results.oas.s).toBe("PASS");
  });

  it("an attestation is needed, then passes until it lapses, then is EXPIRED", () => {
    const s = std("rollback", { kind: "ATTESTATION", validDays: 90 });
    expect(run([s]).results.rollback.s).toBe("NEEDS_ATTESTATION");
    const fresh = run([s], { attestations: new Map([["rollback", NOW - 10 * DAY]]) });
    expect(fresh.results.rollback.s).toBe("PASS");
    expect(fresh.validUntil).toBe(NOW + 80 * DAY);
    expect(run([s], { attestations: new Map([["rollback", NOW - 91 * DAY]]) }).results.rollback.s).toBe("EXPIRED");
  });

  it("an approved waiver turns a failure into WAIVED until it expires; it does not touch a pass", () => {
    const s = std("auth", { kind: "FIELD", match: "all", conditions: [{ field: "authMethod", op: "neq", value: "NONE" }] });
    const waived = run([s], { waivers: new Map([["auth", { id: "w1", expiresAt: NOW + DAY }]]) });
    expect(waived.results.auth).toMatchObject({ s: "WAIVED", r: { t: "waiver", waiverId: "w1", base: "FAIL" } });
    expect(waived.validUntil).toBe(NOW + DAY);
    expect(waived.level).toBe("GOLD");
    const expired = run([s], { waivers: new Map([["auth", { id: "w1", expiresAt: NOW - 1 }]]) });
    expect(expired.results.auth.s).toBe("FAIL");
    const passing = run([s], { record: iface({ authMethod: "MTLS" }), waivers: new Map([["auth", { id: "w1", expiresAt: NOW + DAY }]]) });
    expect(passing.results.auth.s).toBe("PASS");
  });

  it("scope narrows by style, mode, tier, lifecycle, team, and by either end's layer or kind", () => {
    const check: StandardDef["check"] = { kind: "FIELD", match: "all", conditions: [{ field: "authMethod", op: "neq", value: "NONE" }] };
    const cases: [StandardDef["scope"], boolean][] = [
      [{ styles: ["GRPC"] }, false],
      [{ styles: ["REST"] }, true],
      [{ modes: ["ASYNC"] }, false],
      [{ tiers: [0, 1] }, true],
      [{ tiers: [0] }, false],
      [{ lifecycles: ["RETIRED"] }, false],
      [{ teamIds: ["t2"] }, false],
      [{ layers: ["PRESENTATION"] }, true],
      [{ layers: ["INFRASTRUCTURE"] }, false],
      [{ kinds: ["DATABASE"] }, false],
      [{ kinds: ["BUSINESS_APP"] }, true],
    ];
    for (const [scope, applies] of cases) {
      const e = run([std("s", check, { scope })], { record: iface({ lifecycle: "ACTIVE" }), ends: { provider: sys("p"), consumer: sys("c", { layer: "PRESENTATION" }) } });
      expect({ scope, status: e.results.s.s }).toEqual({ scope, status: applies ? "FAIL" : "NOT_APPLICABLE" });
    }
    const forSystems = std("sys", { kind: "FIELD", match: "all", conditions: [{ field: "runbookUrl", op: "not_empty" }] }, { appliesTo: "SYSTEM" });
    expect(run([forSystems]).results.sys.s).toBe("NOT_APPLICABLE");
  });

  it("levels: a failing MUST is NONE, SHOULD is Bronze, MAY is Silver, none is Gold; nothing applicable is NOT_RATED", () => {
    const fail: StandardDef["check"] = { kind: "FIELD", match: "all", conditions: [{ field: "authMethod", op: "neq", value: "NONE" }] };
    const pass: StandardDef["check"] = { kind: "FIELD", match: "all", conditions: [{ field: "style", op: "eq", value: "REST" }] };
    const level = (sev: "MUST" | "SHOULD" | "MAY" | null) =>
      run([std("a", pass), std("b", pass, { severity: "SHOULD" }), ...(sev ? [std("c", fail, { severity: sev })] : [])]);
    expect(level("MUST")).toMatchObject({ level: "NONE", failing: 1, applicable: 3, score: 63 });
    expect(level("SHOULD").level).toBe("BRONZE");
    expect(level("MAY").level).toBe("SILVER");
    expect(level(null)).toMatchObject({ level: "GOLD", score: 100 });
    expect(run([], {})).toMatchObject({ level: "NOT_RATED", applicable: 0 });
  });
});
