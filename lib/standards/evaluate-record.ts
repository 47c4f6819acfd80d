// One record against every standard: the pure core of compliance. The server reads the facts
// (server/compliance) and stores what this returns; tests call it directly.
import type { TStandardSeverity, TSubjectType } from "@/lib/schemas/enums";
import type { TCheck, TCondition, TScope } from "@/lib/schemas/standard";
import { testCondition, type Actual, type Operand, type Operator } from "./operators";
import { scoreRecord, type RecordScore } from "./score-record";

export type ComplianceStatus = "PASS" | "FAIL" | "NOT_APPLICABLE" | "WAIVED" | "NEEDS_ATTESTATION" | "EXPIRED";

export type Facts = Record<string, Actual> & { id: string };
export type ConditionOutcome = { field: string; op: Operator; value?: Operand | { ref: string }; actual: Actual };
export type Reason =
  | { t: "field"; failed: ConditionOutcome[] }
  | { t: "graph"; providerId: string; consumerId: string; matched: ConditionOutcome[] }
  | { t: "contract"; missing: true }
  | { t: "contract"; number: number; fired: Record<string, number> }
  | { t: "attestation"; attestedAt: string; expiresAt: string }
  | { t: "waiver"; waiverId: string; expiresAt: string; base: ComplianceStatus; reason?: Reason };
export type Result = { s: ComplianceStatus; r?: Reason };

export type StandardDef = { id: string; severity: TStandardSeverity; appliesTo: TSubjectType; scope: TScope; check: TCheck };
export type RuleCounts = Record<string, { error?: number; warn?: number; info?: number; hint?: number }>;
export type ContractFacts = { number: number; ruleCounts: RuleCounts | null };

export type EvaluateRecordOptions = {
  subjectType: TSubjectType;
  record: Facts;
  /** Interfaces: both ends, for graph rules and for scopes by layer or kind. */
  ends?: { provider: Facts; consumer: Facts };
  contract?: ContractFacts;
  standards: readonly StandardDef[];
  /** Approved waivers of this record, by standard id. */
  waivers: ReadonlyMap<string, { id: string; expiresAt: number }>;
  /** The latest attestation of this record, by standard id (ms). */
  attestations: ReadonlyMap<string, number>;
  now: number;
};

export type RecordEvaluation = RecordScore & { results: Record<string, Result>; validUntil: number | null };

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
// Called for every standard × record (a million times in a full evaluation): no allocations.
const allows = (wanted: readonly unknown[] | undefined, value: unknown) => !wanted?.length || wanted.includes(value);

function inScope(scope: TScope, o: EvaluateRecordOptions): boolean {
  const r = o.record;
  if (!allows(scope.styles, r.style) || !allows(scope.modes, r.mode) || !allows(scope.tiers, r.tier)) return false;
  if (!allows(scope.lifecycles, r.lifecycle) || !allows(scope.teamIds, r.teamId)) return false;
  // Interfaces: a layer or kind in scope at either end.
  const p = o.ends?.provider ?? r;
  const c = o.ends?.consumer ?? r;
  if (scope.layers?.length && !scope.layers.includes(p.layer as never) && !scope.layers.includes(c.layer as never)) return false;
  if (scope.kinds?.length && !scope.kinds.includes(p.kind as never) && !scope.kinds.includes(c.kind as never)) return false;
  return true;
}

function readGraphField(path: string, o: EvaluateRecordOptions): Actual {
  const [end, field] = path.split(".", 2);
  if (end === "interface") return o.record[field];
  return o.ends?.[end as "provider" | "consumer"]?.[field];
}

function outcome(c: TCondition, read: (field: string) => Actual): ConditionOutcome & { ok: boolean } {
  const actual = read(c.field);
  const v = c.value;
  const operand = v !== undefined && typeof v === "object" && !Array.isArray(v) ? (read(v.ref) as Operand) : (v as Operand);
  return { field: c.field, op: c.op, value: v, actual, ok: testCondition(actual, c.op, operand) };
}

const strip = ({ ok: _ok, ...rest }: ConditionOutcome & { ok: boolean }): ConditionOutcome => rest;

function matchAll(match: "all" | "any", conditions: TCondition[], read: (f: string) => Actual) {
  const outcomes = conditions.map((c) => outcome(c, read));
  const holds = match === "all" ? outcomes.every((x) => x.ok) : outcomes.some((x) => x.ok);
  return { holds, outcomes };
}

/** The check alone, before waivers; also reports when the result changes by itself (ms). */
function runCheck(check: TCheck, o: EvaluateRecordOptions, standardId: string): Result & { until?: number } {
  switch (check.kind) {
    case "FIELD": {
      const { holds, outcomes } = matchAll(check.match, check.conditions, (f) => o.record[f]);
      return holds ? { s: "PASS" } : { s: "FAIL", r: { t: "field", failed: outcomes.filter((x) => !x.ok).map(strip) } };
    }
    case "GRAPH": {
      if (!o.ends) return { s: "NOT_APPLICABLE" };
      const { holds, outcomes } = matchAll(check.match, check.conditions, (f) => readGraphField(f, o));
      if (!holds) return { s: "PASS" };
      const matched = outcomes.filter((x) => x.ok).map(strip);
      return { s: "FAIL", r: { t: "graph", providerId: o.ends.provider.id, consumerId: o.ends.consumer.id, matched } };
    }
    case "CONTRACT": {
      if (!o.contract) return { s: "FAIL", r: { t: "contract", missing: true } };
      const fired: Record<string, number> = {};
      for (const [rule, counts] of Object.entries(o.contract.ruleCounts ?? {})) {
        if (check.rules.length && !check.rules.includes(rule)) continue;
        const n = (counts.error ?? 0) + (check.failOn === "warn" ? (counts.warn ?? 0) : 0);
        if (n > 0) fired[rule] = n;
      }
      return Object.keys(fired).length ? { s: "FAIL", r: { t: "contract", number: o.contract.number, fired } } : { s: "PASS" };
    }
    case "ATTESTATION": {
      const at = o.attestations.get(standardId);
      if (at === undefined) return { s: "NEEDS_ATTESTATION" };
      const expiresAt = at + check.validDays * DAY_MS;
      const r: Reason = { t: "attestation", attestedAt: iso(at), expiresAt: iso(expiresAt) };
      return expiresAt > o.now ? { s: "PASS", r, until: expiresAt } : { s: "EXPIRED", r };
    }
  }
}

const FAILING: ReadonlySet<ComplianceStatus> = new Set(["FAIL", "NEEDS_ATTESTATION", "EXPIRED"]);

export function evaluateRecord(o: EvaluateRecordOptions): RecordEvaluation {
  const results: Record<string, Result> = {};
  const applicable: { severity: TStandardSeverity; status: ComplianceStatus }[] = [];
  let validUntil = Infinity;
  for (const standard of o.standards) {
    if (standard.appliesTo !== o.subjectType || !inScope(standard.scope, o)) {
      results[standard.id] = { s: "NOT_APPLICABLE" };
      continue;
    }
    const { until, ...base } = runCheck(standard.check, o, standard.id);
    let result: Result = base;
    if (until !== undefined) validUntil = Math.min(validUntil, until);
    const waiver = o.waivers.get(standard.id);
    if (waiver && waiver.expiresAt > o.now && FAILING.has(base.s)) {
      result = { s: "WAIVED", r: { t: "waiver", waiverId: waiver.id, expiresAt: iso(waiver.expiresAt), base: base.s, reason: base.r } };
      validUntil = Math.min(validUntil, waiver.expiresAt);
    }
    results[standard.id] = result;
    if (result.s !== "NOT_APPLICABLE") applicable.push({ severity: standard.severity, status: result.s });
  }
  return { results, validUntil: validUntil === Infinity ? null : validUntil, ...scoreRecord(applicable) };
}

export const isFailing = (s: ComplianceStatus) => FAILING.has(s);
