// The check editor's draft: what a person types (values as text) to and from the API's check.
// Problems come back as codes at the API's own paths (check.conditions.0.value), so the editor
// shows them where the server would, in the reader's language.
import type { TCheck, TCondition } from "@/lib/schemas/standard";
import type { TSubjectType } from "@/lib/schemas/enums";
import { GRAPH_FIELDS, INTERFACE_FIELDS, SYSTEM_FIELDS, type FieldSpec } from "./fields";
import { OPERATORS_BY_TYPE, operandKind, type Operator } from "./operators";
import { patternProblem } from "./safe-regex";

export type TCheckKind = TCheck["kind"];

export type ConditionDraft = {
  field: string;
  op: Operator | "";
  /** As typed: a list is comma-separated; a boolean "true" / "false". */
  value: string;
  /** Graph rules, eq / neq: compare with this other field instead of a value. */
  ref: string | null;
};

export type CheckDraft = {
  kind: TCheckKind;
  match: "all" | "any";
  conditions: ConditionDraft[];
  /** Contract lint: rule names, comma-separated; empty = every rule. */
  rules: string;
  failOn: "error" | "warn";
  validDays: string;
};

export type DraftProblem = "chooseField" | "chooseOperator" | "enterValue" | "enterNumber" | "badPattern" | "enterDays";

export function fieldsFor(appliesTo: TSubjectType, kind: TCheckKind): Record<string, FieldSpec> {
  if (kind === "GRAPH") return GRAPH_FIELDS;
  return appliesTo === "SYSTEM" ? SYSTEM_FIELDS : INTERFACE_FIELDS;
}

export const emptyCondition = (): ConditionDraft => ({ field: "", op: "", value: "", ref: null });

/** Whether a graph condition may compare with the other end's field. */
export const canReference = (kind: TCheckKind, op: Operator | "") => kind === "GRAPH" && (op === "eq" || op === "neq");

/** After the field changes: keep the operator if it still fits, and the value if the type is the same. */
export function withField(c: ConditionDraft, field: string, fields: Record<string, FieldSpec>): ConditionDraft {
  const before = fields[c.field];
  const after = fields[field];
  if (!after) return { ...emptyCondition(), field };
  const sameType = before?.type === after.type && before?.values === after.values;
  const op = c.op && OPERATORS_BY_TYPE[after.type].includes(c.op) ? c.op : OPERATORS_BY_TYPE[after.type][0];
  return { field, op, value: sameType ? c.value : "", ref: sameType ? c.ref : null };
}

/** After the operator changes: the value stays while it is the same kind of operand. */
export function withOperator(c: ConditionDraft, op: Operator, kind: TCheckKind): ConditionDraft {
  const same = c.op && operandKind(c.op) === operandKind(op);
  return { ...c, op, value: same ? c.value : "", ref: canReference(kind, op) ? c.ref : null };
}

export function toConditionDraft(c: TCondition): ConditionDraft {
  const v = c.value;
  if (v !== undefined && typeof v === "object" && !Array.isArray(v)) return { field: c.field, op: c.op, value: "", ref: v.ref };
  return { field: c.field, op: c.op, value: v === undefined ? "" : Array.isArray(v) ? v.join(", ") : String(v), ref: null };
}

export function toCheckDraft(check?: TCheck): CheckDraft {
  const base: CheckDraft = { kind: "FIELD", match: "all", conditions: [emptyCondition()], rules: "", failOn: "error", validDays: "90" };
  if (!check) return base;
  switch (check.kind) {
    case "FIELD":
    case "GRAPH":
      return { ...base, kind: check.kind, match: check.match, conditions: check.conditions.map(toConditionDraft) };
    case "CONTRACT":
      return { ...base, kind: "CONTRACT", rules: check.rules.join(", "), failOn: check.failOn };
    case "ATTESTATION":
      return { ...base, kind: "ATTESTATION", validDays: String(check.validDays) };
  }
}

const isNumber = (s: string) => s.trim() !== "" && Number.isFinite(Number(s));

/** One condition as the API takes it, or the problem and where (field, op or value). */
function fromConditionDraft(d: ConditionDraft, fields: Record<string, FieldSpec>, kind: TCheckKind):
  { condition: TCondition } | { at: "field" | "op" | "value"; problem: DraftProblem } {
  const spec = fields[d.field];
  if (!spec) return { at: "field", problem: "chooseField" };
  if (!d.op) return { at: "op", problem: "chooseOperator" };
  const base = { field: d.field, op: d.op };
  const operand = operandKind(d.op);
  if (operand === "none") return { condition: base };
  if (d.ref !== null && canReference(kind, d.op)) {
    return fields[d.ref] ? { condition: { ...base, value: { ref: d.ref } } } : { at: "value", problem: "chooseField" };
  }
  if (operand === "list") {
    const items = d.value.split(",").map((s) => s.trim()).filter(Boolean);
    if (items.length === 0) return { at: "value", problem: "enterValue" };
    if (spec.type !== "number") return { condition: { ...base, value: items } };
    return items.every(isNumber) ? { condition: { ...base, value: items.map(Number) } } : { at: "value", problem: "enterNumber" };
  }
  if (operand === "number" || (operand === "scalar" && spec.type === "number")) {
    return isNumber(d.value) ? { condition: { ...base, value: Number(d.value) } } : { at: "value", problem: "enterNumber" };
  }
  if (d.value === "") return { at: "value", problem: "enterValue" };
  if (operand === "pattern" && patternProblem(d.value)) return { at: "value", problem: "badPattern" };
  if (operand === "scalar" && spec.type === "boolean") return { condition: { ...base, value: d.value === "true" } };
  return { condition: { ...base, value: d.value } };
}

/** The check as the API takes it, and the problems found on the way, by API path. */
export function fromCheckDraft(d: CheckDraft, appliesTo: TSubjectType): { check: TCheck; problems: Record<string, DraftProblem> } {
  const problems: Record<string, DraftProblem> = {};
  switch (d.kind) {
    case "FIELD":
    case "GRAPH": {
      const fields = fieldsFor(appliesTo, d.kind);
      const conditions: TCondition[] = [];
      d.conditions.forEach((c, i) => {
        const out = fromConditionDraft(c, fields, d.kind);
        if ("condition" in out) conditions.push(out.condition);
        else problems[`check.conditions.${i}.${out.at}`] = out.problem;
      });
      return { check: { kind: d.kind, match: d.match, conditions }, problems };
    }
    case "CONTRACT":
      return { check: { kind: "CONTRACT", rules: d.rules.split(",").map((s) => s.trim()).filter(Boolean), failOn: d.failOn }, problems };
    case "ATTESTATION": {
      const days = Number(d.validDays);
      if (!Number.isInteger(days) || days < 1 || days > 730) problems["check.validDays"] = "enterDays";
      return { check: { kind: "ATTESTATION", validDays: days }, problems };
    }
  }
}
