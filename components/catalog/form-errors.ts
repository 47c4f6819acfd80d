import type { z } from "zod";

/** Field errors keyed by dotted path, the same paths the API reports (e.g. "members.0.userId"). */
export type FieldErrors = Record<string, string>;

type Issue = z.ZodError["issues"][number];

/**
 * The first issue of each field. Their messages are already in the reader's language: the form
 * parsed with `useI18n().schemaErrors`, the same catalogue and zod locale the API answers with.
 */
export function issuesToErrors(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    if (!(path in errors)) errors[path] = issue.message;
  }
  return errors;
}

/** The error for a field: its own path, else the first of its items (tags.2 → tags). */
export function errorFor(errors: FieldErrors, name: string): string | undefined {
  if (errors[name]) return errors[name];
  const nested = Object.keys(errors).find((k) => k.startsWith(`${name}.`));
  return nested ? errors[nested] : undefined;
}

/** Drops the errors of a field and its items, once the person edits it. */
export function withoutField(errors: FieldErrors, name: string): FieldErrors {
  const keys = Object.keys(errors).filter((k) => k === name || k.startsWith(`${name}.`));
  if (keys.length === 0) return errors;
  const next = { ...errors };
  for (const k of keys) delete next[k];
  return next;
}
