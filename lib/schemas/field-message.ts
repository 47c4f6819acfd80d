// A schema's own messages are keys of the problem catalogue (lib/i18n/problems), not English text:
// the same schema validates a Chinese and an English request at the same moment, so the words are
// chosen per parse, by the error map of the request's locale (lib/i18n/problems/schema-error-map.ts).
//
// zod asks a check's own `error` first and the per-parse map only when that returns nothing, so the
// error function declared here returns nothing and is remembered (by identity, never by text) with
// its key. Parsed without a per-parse map, such an issue reads as zod's generic English message.
import type { z } from "zod";
import type { FieldKey, FieldMessage } from "@/lib/i18n/problems/types";

const DECLARED = new WeakMap<object, FieldMessage>();

type Args<K extends FieldKey> = Extract<FieldMessage, { key: K }> extends { params: infer P } ? [key: K, params: P] : [key: K];

const declare = <K extends FieldKey>([key, params]: Args<K>) => ({ key, params }) as FieldMessage;

/**
 * For a check's or a schema's params: `.min(1, fieldMessage("required"))`,
 * `.refine(ok, { ...fieldMessage("laterThanFrom"), path: ["to"] })`.
 */
export function fieldMessage<K extends FieldKey>(...args: Args<K>): { error: z.core.$ZodErrorMap } {
  const error: z.core.$ZodErrorMap = () => undefined;
  DECLARED.set(error, declare(args));
  return { error };
}

/** For `ctx.addIssue` in a superRefine: `ctx.addIssue({ ...customIssue("duplicateId"), path: [i] })`. */
export function customIssue<K extends FieldKey>(...args: Args<K>): { code: "custom"; params: Record<string, never> } {
  const params = {};
  DECLARED.set(params, declare(args));
  return { code: "custom", params };
}

/** The catalogue message an issue was declared with, if any (for the per-parse error map). */
export function declaredMessage(issue: z.core.$ZodRawIssue): FieldMessage | undefined {
  const error = issue.inst?._zod.def.error;
  const fromCheck = error ? DECLARED.get(error) : undefined;
  if (fromCheck) return fromCheck;
  return issue.code === "custom" && issue.params ? DECLARED.get(issue.params) : undefined;
}

/** As customIssue, for a message chosen at run time among several keys (each typed where it is built). */
export function declaredIssue(message: FieldMessage): { code: "custom"; params: Record<string, never> } {
  const params = {};
  DECLARED.set(params, message);
  return { code: "custom", params };
}
