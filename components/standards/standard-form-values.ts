import type { z } from "zod";
import { ZStandardCreate, ZStandardUpdate, type TCheck, type TScope, type TStandard } from "@/lib/schemas/standard";
import type { TSubjectType } from "@/lib/schemas/enums";
import type { Messages } from "@/lib/i18n/messages";
import type { SchemaErrorMap } from "@/lib/i18n/problems/schema-error-map";
import { fromCheckDraft, toCheckDraft, type CheckDraft } from "@/lib/standards/check-draft";
import type { Validation } from "@/components/catalog/build-request";
import { issuesToErrors, type FieldErrors } from "@/components/catalog/form-errors";

/**
 * What the standard form edits. The keys are the API's paths ("text.en.name", "scope.styles"), so
 * an error the server reports at a path lands on the input of the same name.
 */
export type StandardDraft = {
  key: string;
  "text.en.name": string; "text.en.description": string; "text.en.rationale": string;
  "text.zh-CN.name": string; "text.zh-CN.description": string; "text.zh-CN.rationale": string;
  category: TStandard["category"] | ""; severity: TStandard["severity"]; appliesTo: TSubjectType; active: boolean;
  "scope.styles": string[]; "scope.modes": string[]; "scope.tiers": string[]; "scope.layers": string[];
  "scope.kinds": string[]; "scope.lifecycles": string[]; "scope.teamIds": string[];
  goodExample: string; badExample: string;
  check: CheckDraft;
};

export const SCOPE_KEYS = ["styles", "modes", "tiers", "layers", "kinds", "lifecycles", "teamIds"] as const;
export type ScopeKey = (typeof SCOPE_KEYS)[number];

/** What the scope fields edit: also part of the initiative form, which shares them. */
export type ScopeDraft = Pick<StandardDraft, "appliesTo" | `scope.${ScopeKey}`>;

/** The draft's scope lists from a stored scope (every value as text, as the checkboxes hold them). */
export function toScopeDraft(scope: TScope | undefined): Omit<ScopeDraft, "appliesTo"> {
  const list = (k: ScopeKey) => (scope?.[k] ?? []).map(String);
  return {
    "scope.styles": list("styles"), "scope.modes": list("modes"), "scope.tiers": list("tiers"), "scope.layers": list("layers"),
    "scope.kinds": list("kinds"), "scope.lifecycles": list("lifecycles"), "scope.teamIds": list("teamIds"),
  };
}

/** The API's scope from the draft: empty groups left out, tiers as numbers. */
export function fromScopeDraft(d: ScopeDraft): Record<string, unknown[]> {
  const scope: Record<string, unknown[]> = {};
  for (const k of SCOPE_KEYS) {
    const values = d[`scope.${k}`];
    if (values.length) scope[k] = k === "tiers" ? values.map(Number) : values;
  }
  return scope;
}

export function toStandardDraft(s?: TStandard): StandardDraft {
  return {
    key: s?.key ?? "",
    "text.en.name": s?.text.en.name ?? "", "text.en.description": s?.text.en.description ?? "", "text.en.rationale": s?.text.en.rationale ?? "",
    "text.zh-CN.name": s?.text["zh-CN"].name ?? "", "text.zh-CN.description": s?.text["zh-CN"].description ?? "",
    "text.zh-CN.rationale": s?.text["zh-CN"].rationale ?? "",
    category: s?.category ?? "", severity: s?.severity ?? "SHOULD", appliesTo: s?.appliesTo ?? "INTERFACE", active: s?.active ?? true,
    ...toScopeDraft(s?.scope),
    goodExample: s?.goodExample ?? "", badExample: s?.badExample ?? "",
    check: toCheckDraft(s?.check),
  };
}

function toPayload(d: StandardDraft, check: TCheck) {
  const scope = fromScopeDraft(d);
  const text = (l: "en" | "zh-CN") => ({ name: d[`text.${l}.name`], description: d[`text.${l}.description`], rationale: d[`text.${l}.rationale`] });
  return {
    text: { en: text("en"), "zh-CN": text("zh-CN") },
    category: d.category, severity: d.severity, appliesTo: d.appliesTo, scope, check,
    goodExample: d.goodExample, badExample: d.badExample, active: d.active,
  };
}

type Issue = z.ZodError["issues"][number];

/** The schema's own refinements (custom issues) name no code to translate: say "check this". */
function localize(issues: readonly Issue[], m: Messages): FieldErrors {
  const errors = issuesToErrors(issues.filter((i) => i.code !== "custom"));
  for (const issue of issues.filter((i) => i.code === "custom")) {
    const path = issue.path.map(String).join(".");
    errors[path] ??= path === "appliesTo" ? m.standards.form.interfacesOnly : m.standards.form.errors.invalid;
  }
  return errors;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * POST body for a new standard, or PATCH body (version + the parts that changed) for an existing
 * one; null when nothing changed. Validated with the API's schemas before sending.
 */
export function standardRequest(draft: StandardDraft, m: Messages, schemaErrors: SchemaErrorMap, original?: TStandard): Validation | null {
  const { check, problems } = fromCheckDraft(draft.check, draft.appliesTo);
  const payload = toPayload(draft, check);
  let candidate: Record<string, unknown> = { key: draft.key.trim(), ...payload };
  if (original) {
    const before = toPayload(toStandardDraft(original), fromCheckDraft(toCheckDraft(original.check), original.appliesTo).check);
    const changed = Object.fromEntries(Object.entries(payload).filter(([k, v]) => !same(v, before[k as keyof typeof before])));
    if (Object.keys(changed).length === 0) return null;
    candidate = { ...changed, version: original.version };
  }
  const parsed = (original ? ZStandardUpdate : ZStandardCreate).safeParse(candidate, { error: schemaErrors });
  // A condition with a problem is left out of the check, which shifts the indices of the schema's
  // issues after it: while there are such problems, they alone speak for the check.
  const issues = parsed.success ? [] : parsed.error.issues.filter((i) => !(Object.keys(problems).length && i.path[0] === "check"));
  const errors: FieldErrors = localize(issues, m);
  for (const [path, problem] of Object.entries(problems)) errors[path] = m.standards.form.errors[problem];
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}
