// The condition operators of field and graph rules (Port's set), and which fit which field type.
import type { FieldType } from "./fields";
import { safeRegexTest } from "./safe-regex";

export const OPERATORS = [
  "eq",
  "neq",
  "lt",
  "gt",
  "lte",
  "gte",
  "in",
  "not_in",
  "contains",
  "empty",
  "not_empty",
  "starts_with",
  "ends_with",
  "matches",
] as const;
export type Operator = (typeof OPERATORS)[number];

export const OPERATORS_BY_TYPE: Record<FieldType, readonly Operator[]> = {
  text: ["eq", "neq", "in", "not_in", "contains", "empty", "not_empty", "starts_with", "ends_with", "matches"],
  number: ["eq", "neq", "lt", "gt", "lte", "gte", "in", "not_in", "empty", "not_empty"],
  boolean: ["eq", "neq", "empty", "not_empty"],
  enum: ["eq", "neq", "in", "not_in", "empty", "not_empty"],
  // On a list: contains = has that element; in = has some element of the values; not_in = none.
  list: ["contains", "in", "not_in", "empty", "not_empty"],
};

/** What the operator expects as its value: nothing, one scalar, a list, a number, or a pattern. */
export function operandKind(op: Operator): "none" | "scalar" | "list" | "number" | "text" | "pattern" {
  if (op === "empty" || op === "not_empty") return "none";
  if (op === "in" || op === "not_in") return "list";
  if (op === "lt" || op === "gt" || op === "lte" || op === "gte") return "number";
  if (op === "matches") return "pattern";
  if (op === "contains" || op === "starts_with" || op === "ends_with") return "text";
  return "scalar";
}

export type Scalar = string | number | boolean;
export type Actual = Scalar | readonly string[] | null | undefined;
export type Operand = Scalar | readonly Scalar[] | undefined;

const isEmpty = (v: Actual) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/** Whether `actual` satisfies `op value`. A missing value satisfies only empty, neq and not_in. */
export function testCondition(actual: Actual, op: Operator, value: Operand): boolean {
  if (op === "empty") return isEmpty(actual);
  if (op === "not_empty") return !isEmpty(actual);
  const list = Array.isArray(actual) ? (actual as readonly string[]) : undefined;
  const values = Array.isArray(value) ? (value as readonly Scalar[]) : [];
  switch (op) {
    case "eq":
      return actual === value;
    case "neq":
      return actual !== value;
    case "in":
      return list ? list.some((e) => values.includes(e)) : values.includes(actual as Scalar);
    case "not_in":
      return list ? !list.some((e) => values.includes(e)) : !values.includes(actual as Scalar);
    case "contains":
      if (list) return list.includes(String(value));
      return typeof actual === "string" && actual.includes(String(value));
    default:
      break;
  }
  if (actual === null || actual === undefined) return false;
  switch (op) {
    case "lt":
      return typeof actual === "number" && actual < Number(value);
    case "gt":
      return typeof actual === "number" && actual > Number(value);
    case "lte":
      return typeof actual === "number" && actual <= Number(value);
    case "gte":
      return typeof actual === "number" && actual >= Number(value);
    case "starts_with":
      return typeof actual === "string" && actual.startsWith(String(value));
    case "ends_with":
      return typeof actual === "string" && actual.endsWith(String(value));
    case "matches":
      return typeof actual === "string" && safeRegexTest(String(value), actual);
    default:
      return false;
  }
}
