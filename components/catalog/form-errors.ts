import type { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";

/** Field errors keyed by dotted path, the same paths the API reports (e.g. "members.0.userId"). */
export type FieldErrors = Record<string, string>;

type Issue = z.ZodError["issues"][number];

/** A zod issue in the reader's language, chosen by its code and format, never by its text. */
function localize(issue: Issue, m: Messages): string {
  const e = m.systems.shared.errors;
  switch (issue.code) {
    case "too_small":
      return e.required;
    case "too_big":
      return issue.origin === "array" ? e.tooMany : e.tooLong;
    case "invalid_value":
    case "invalid_type":
      return e.choose;
    case "invalid_format":
      if (issue.format === "url") return e.url;
      if (issue.format === "email") return e.email;
      if (issue.path[0] === "key") return e.key;
      return e.invalid;
    case "custom":
      return e.duplicate;
    default:
      return e.invalid;
  }
}

export function issuesToErrors(issues: readonly Issue[], m: Messages): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    if (!(path in errors)) errors[path] = localize(issue, m);
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
