// Integration standards: a rule, its scope and its one check. Shared by the API (validation,
// OpenAPI) and the editor in the browser.
import { z } from "zod";
import { GRAPH_FIELDS, INTERFACE_FIELDS, SYSTEM_FIELDS, type FieldSpec } from "@/lib/standards/fields";
import { OPERATORS, OPERATORS_BY_TYPE, operandKind, type Operator } from "@/lib/standards/operators";
import { MAX_PATTERN_LENGTH, patternProblem } from "@/lib/standards/safe-regex";
import type { FieldMessage } from "@/lib/i18n/problems/types";
import { customIssue, declaredIssue, fieldMessage } from "./field-message";
import { KEY_PATTERN, ZId, ZListQueryBase, ZVersion, csvEnum, sortParam, zPage } from "./common";
import {
  CHECK_KINDS,
  STANDARD_CATEGORIES,
  STANDARD_SEVERITIES,
  ZInterfaceMode,
  ZInterfaceStyle,
  ZLayer,
  ZLifecycle,
  ZStandardCategory,
  ZStandardSeverity,
  ZSubjectType,
  ZSystemKind,
} from "./enums";
import { multilineInput, textInput } from "./text";

const ZScalar = z.union([textInput().max(500), z.number().finite(), z.boolean()]);

export const ZCondition = z.strictObject({
  field: textInput().max(100).describe("A field of the record; graph rules: provider.<field>, consumer.<field> or interface.<field>"),
  op: z.enum(OPERATORS),
  value: z
    .union([ZScalar, z.array(z.union([textInput().max(200), z.number().finite()])).min(1).max(100), z.strictObject({ ref: textInput().max(100) })])
    .optional()
    .describe("Omitted for empty / not_empty; a list for in / not_in; graph rules may compare with the other end: { ref: 'consumer.teamId' }"),
});
export type TCondition = z.infer<typeof ZCondition>;

const ZMatch = z.enum(["all", "any"]).describe("all: every condition must hold; any: one is enough");

export const ZFieldCheck = z.strictObject({
  kind: z.literal("FIELD"),
  match: ZMatch,
  conditions: z.array(ZCondition).min(1).max(20),
});
export const ZGraphCheck = z.strictObject({
  kind: z.literal("GRAPH"),
  match: ZMatch,
  conditions: z.array(ZCondition).min(1).max(20).describe("An interface matching these conditions breaks the rule"),
});
export const ZContractCheck = z.strictObject({
  kind: z.literal("CONTRACT"),
  rules: z.array(textInput().max(100)).max(50).default([]).describe("Lint rules that must not fire at failOn severity or above; empty: every rule. No contract attached fails too"),
  failOn: z.enum(["error", "warn"]).default("error"),
});
export const ZAttestationCheck = z.strictObject({
  kind: z.literal("ATTESTATION"),
  validDays: z.number().int().min(1).max(730),
});
export const ZCheck = z.discriminatedUnion("kind", [ZFieldCheck, ZGraphCheck, ZContractCheck, ZAttestationCheck]);
export type TCheck = z.infer<typeof ZCheck>;

export const ZScope = z
  .strictObject({
    styles: z.array(ZInterfaceStyle).max(20).optional(),
    modes: z.array(ZInterfaceMode).max(2).optional(),
    tiers: z.array(z.number().int().min(0).max(3)).max(4).optional(),
    layers: z.array(ZLayer).max(10).optional().describe("Systems: their layer; interfaces: either end's layer"),
    kinds: z.array(ZSystemKind).max(20).optional().describe("Systems: their kind; interfaces: either end's kind"),
    lifecycles: z.array(ZLifecycle).max(10).optional(),
    teamIds: z.array(ZId).max(100).optional(),
  })
  .default({});
export type TScope = z.infer<typeof ZScope>;

const ZLocalText = z.strictObject({
  name: textInput().trim().min(1).max(200),
  description: multilineInput().max(5000).default(""),
  rationale: multilineInput().max(5000).default(""),
});
export const ZStandardText = z.strictObject({ en: ZLocalText, "zh-CN": ZLocalText });
export type TStandardText = z.infer<typeof ZStandardText>;

function fieldsFor(appliesTo: "SYSTEM" | "INTERFACE", kind: TCheck["kind"]): Record<string, FieldSpec> {
  if (kind === "GRAPH") return GRAPH_FIELDS;
  return appliesTo === "SYSTEM" ? SYSTEM_FIELDS : INTERFACE_FIELDS;
}

type Found = { at: "field" | "op" | "value"; message: FieldMessage };
const list = (values: readonly string[]) => values.join(", ");

/** Each condition against the field catalogue: a known field, an operator that fits it, a value of the right shape. */
function conditionIssue(c: TCondition, fields: Record<string, FieldSpec>, graph: boolean): Found | undefined {
  const spec = fields[c.field];
  if (!spec) return { at: "field", message: { key: "unknownConditionField", params: { fields: list(Object.keys(fields)) } } };
  if (!OPERATORS_BY_TYPE[spec.type].includes(c.op as Operator)) {
    return { at: "op", message: { key: "operatorDoesNotFit", params: { type: spec.type, operators: list(OPERATORS_BY_TYPE[spec.type]) } } };
  }
  const value = (message: FieldMessage): Found => ({ at: "value", message });
  const v = c.value;
  if (v !== undefined && typeof v === "object" && !Array.isArray(v)) {
    if (!graph) return value({ key: "referenceOnlyInGraph" });
    if (c.op !== "eq" && c.op !== "neq") return value({ key: "referenceOnlyEq" });
    const other = fields[v.ref];
    return !other || other.type !== spec.type ? value({ key: "referenceOfType", params: { type: spec.type } }) : undefined;
  }
  const kind = operandKind(c.op as Operator);
  if (kind === "none") return v === undefined ? undefined : value({ key: "noValueForOperator" });
  if (v === undefined) return value({ key: "valueRequired" });
  if (kind === "list") return Array.isArray(v) ? undefined : value({ key: "mustBeList" });
  if (Array.isArray(v)) return value({ key: "mustBeSingle" });
  if (kind === "number") return typeof v === "number" ? undefined : value({ key: "mustBeOfType", params: { type: "number" } });
  if (kind === "text" || kind === "pattern") {
    if (typeof v !== "string") return value({ key: "mustBeOfType", params: { type: "text" } });
    const problem = kind === "pattern" ? patternProblem(v) : undefined;
    if (problem === "tooLong") return value({ key: "patternTooLong", params: { max: MAX_PATTERN_LENGTH } });
    return problem === "unsupported" ? value({ key: "patternUnsupported" }) : undefined;
  }
  const expected = spec.type === "enum" || spec.type === "list" ? "text" : spec.type;
  if (typeof v !== (expected === "text" ? "string" : expected)) return value({ key: "mustBeOfType", params: { type: expected } });
  if (spec.type === "enum" && !spec.values!.includes(v as string)) return value({ key: "oneOf", params: { values: list(spec.values!) } });
  return undefined;
}

const ZStandardFields = {
  text: ZStandardText,
  category: ZStandardCategory,
  severity: ZStandardSeverity,
  appliesTo: ZSubjectType,
  scope: ZScope,
  check: ZCheck,
  goodExample: multilineInput().max(5000).default(""),
  badExample: multilineInput().max(5000).default(""),
  active: z.boolean().default(true),
};

/** The checks that need the record's type or the check's kind, shared by create and update. */
function refineStandard(s: { appliesTo: "SYSTEM" | "INTERFACE"; check: TCheck }, ctx: z.RefinementCtx) {
  const { check, appliesTo } = s;
  if ((check.kind === "GRAPH" || check.kind === "CONTRACT") && appliesTo !== "INTERFACE") {
    ctx.addIssue({ ...customIssue("checkAppliesToInterfaces"), path: ["appliesTo"] });
  }
  if (check.kind !== "FIELD" && check.kind !== "GRAPH") return;
  const fields = fieldsFor(appliesTo, check.kind);
  check.conditions.forEach((c, i) => {
    const found = conditionIssue(c, fields, check.kind === "GRAPH");
    if (found) ctx.addIssue({ ...declaredIssue(found.message), path: ["check", "conditions", i, found.at] });
  });
}

/** A whole standard (without key and version): what a create sends, and what an update must add up to. */
export const ZStandardBody = z.strictObject(ZStandardFields).superRefine(refineStandard);
export type TStandardBody = z.output<typeof ZStandardBody>;

export const ZStandardCreate = z
  .strictObject({ key: textInput().regex(KEY_PATTERN, fieldMessage("keyFormat")), ...ZStandardFields })
  .superRefine(refineStandard)
  .meta({ id: "StandardCreate" });
export type TStandardCreate = z.input<typeof ZStandardCreate>;

// Partial: the merged standard is checked again as a whole on the server (ZStandardBody).
export const ZStandardUpdate = z
  .strictObject({ ...z.object(ZStandardFields).partial().shape, version: ZVersion })
  .meta({ id: "StandardUpdate" });
export type TStandardUpdate = z.input<typeof ZStandardUpdate>;

export const ZStandard = z.object({
  id: z.string(),
  key: z.string(),
  text: ZStandardText,
  category: ZStandardCategory,
  severity: ZStandardSeverity,
  appliesTo: ZSubjectType,
  scope: ZScope,
  check: ZCheck,
  goodExample: z.string(),
  badExample: z.string(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: "Standard" });
export type TStandard = z.infer<typeof ZStandard>;

export const STANDARD_SORTS = ["key", "category", "severity", "createdAt", "updatedAt"] as const;
export const ZStandardListQuery = ZListQueryBase.extend({
  category: csvEnum(STANDARD_CATEGORIES).optional(),
  severity: csvEnum(STANDARD_SEVERITIES).optional(),
  appliesTo: ZSubjectType.optional(),
  checkKind: csvEnum(CHECK_KINDS).optional(),
  active: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  sort: sortParam(STANDARD_SORTS, "key"),
});
export type TStandardListQuery = z.output<typeof ZStandardListQuery>;
export const ZStandardPage = zPage(ZStandard).meta({ id: "StandardPage" });
