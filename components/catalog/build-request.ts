import type { z } from "zod";
import type { SchemaErrorMap } from "@/lib/i18n/problems/schema-error-map";
import { issuesToErrors, type FieldErrors } from "./form-errors";

export type Validation = { ok: true; body: unknown } | { ok: false; errors: FieldErrors };

type Options<P extends Record<string, unknown>> = {
  /** The request as the form now describes it. */
  payload: P;
  /** On edit: the same shape built from the record as it was read, plus its version. */
  original?: { payload: P; version: number };
  create: z.ZodType;
  update: z.ZodType;
  /** The active locale's error map (useI18n().schemaErrors), so messages read as the API's do. */
  schemaErrors: SchemaErrorMap;
  /** Rules the schema cannot express on its own (e.g. provider ≠ consumer). */
  extra?: (payload: P) => FieldErrors;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Validates with the API's own zod schema before sending. A create sends everything; an edit
 * sends the version it read plus only the fields that changed (null when nothing did).
 */
export function buildRequest<P extends Record<string, unknown>>({ payload, original, create, update, schemaErrors, extra }: Options<P>): Validation | null {
  const extraErrors = extra?.(payload) ?? {};
  let candidate: unknown = payload;
  let schema = create;
  if (original) {
    const changed = Object.fromEntries(Object.entries(payload).filter(([k, v]) => !same(v, original.payload[k])));
    if (Object.keys(changed).length === 0) return null;
    candidate = { ...changed, version: original.version };
    schema = update;
  }
  const parsed = schema.safeParse(candidate, { error: schemaErrors });
  const errors = { ...(parsed.success ? {} : issuesToErrors(parsed.error.issues)), ...extraErrors };
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}

/** "a, b ,, c" → ["a", "b", "c"] for tags and data objects. */
export const splitList = (text: string) => text.split(",").map((s) => s.trim()).filter(Boolean);
