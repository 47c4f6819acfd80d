// Integration standards: a rule, its scope and its one check. Shared by the API (validation,
// OpenAPI) and the editor in the browser.
import { z } from "zod";
import { GRAPH_FIELDS, INTERFACE_FIELDS, SYSTEM_FIELDS, type FieldSpec } from "@/lib/standards/fields";
import { OPERATORS, OPERATORS_BY_TYPE, operandKind, type Operator } from "@/lib/standards/operators";
import { patternProblem } from "@/lib/standards/safe-regex";
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

type Issue = { path: (string | number)[]; message: string };

/** Each condition against the field catalogue: a known field, an operator that fits it, a value of the right shape. */
function conditionIssues(c: TCondition, fields: Record<string, FieldSpec>, graph: boolean): Omit<Issue, "path"> & { at: string } | undefined {
  const spec = fields[c.field];
  if (!spec) return { at: "field", message: `unknown field; one of: ${Object.keys(fields).join(", ")}` };
  if (!OPERATORS_BY_TYPE[spec.type].includes(c.op as Operator)) {
    return { at: "op", message: `does not fit a ${spec.type} field; one of: ${OPERATORS_BY_TYPE[spec.type].join(", ")}` };
  }
  const v = c.value;
  if (v !== undefined && typeof v === "object" && !Array.isArray(v)) {
    if (!graph) return { at: "value", message: "a reference to another field is only allowed in graph rules" };
    if (c.op !== "eq" && c.op !== "neq") return { at: "value", message: "a reference can only be compared with eq or neq" };
    const other = fields[v.ref];
    if (!other || other.type !== spec.type) return { at: "value", message: `must name a ${spec.type} field of the graph` };
    return undefined;
  }
  const kind = operandKind(c.op as Operator);
  if (kind === "none") return v === undefined ? undefined : { at: "value", message: "must be omitted for this operator" };
  if (v === undefined) return { at: "value", message: "required for this operator" };
  if (kind === "list") return Array.isArray(v) ? undefined : { at: "value", message: "must be a list" };
  if (Array.isArray(v)) return { at: "value", message: "must be a single value" };
  if (kind === "number") return typeof v === "number" ? undefined : { at: "value", message: "must be a number" };
  if (kind === "text" || kind === "pattern") {
    if (typeof v !== "string") return { at: "value", message: "must be text" };
    return kind === "pattern" ? (patternProblem(v) ? { at: "value", message: patternProblem(v)! } : undefined) : undefined;
  }
  const expected = spec.type === "enum" || spec.type === "list" ? "text" : spec.type;
  if (typeof v !== (expected === "text" ? "string" : expected)) return { at: "value", message: `must be a ${expected}` };
  if (spec.type === "enum" && !spec.values!.includes(v as string)) return { at: "value", message: `one of: ${spec.values!.join(", ")}` };
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
    ctx.addIssue({ code: "custom", path: ["appliesTo"], message: `a ${check.kind} check applies to interfaces` });
  }
  if (check.kind !== "FIELD" && check.kind !== "GRAPH") return;
  const fields = fieldsFor(appliesTo, check.kind);
  check.conditions.forEach((c, i) => {
    const issue = conditionIssues(c, fields, check.kind === "GRAPH");
    if (issue) ctx.addIssue({ code: "custom", path: ["check", "conditions", i, issue.at], message: issue.message });
  });
}

/** A whole standard (without key and version): what a create sends, and what an update must add up to. */
export const ZStandardBody = z.strictObject(ZStandardFields).superRefine(refineStandard);
export type TStandardBody = z.output<typeof ZStandardBody>;

export const ZStandardCreate = z
  .strictObject({ key: textInput().regex(KEY_PATTERN, "2–63 lowercase letters, digits or hyphens"), ...ZStandardFields })
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
