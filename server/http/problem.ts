// RFC 9457 problem details. Only AppError, zod and known Prisma errors reach the client with
// their message; anything unexpected becomes a bare 500 whose details stay in the server log.
// Detail, title and field messages are rendered here, in the locale of the request
// (server/http/problem-locale.ts), which the response names in Content-Language.
import { ZodError } from "zod";
import type { TLocale } from "@/lib/schemas/enums";
import { PROBLEMS } from "@/lib/i18n/problems";
import { renderDetail, renderFieldMessage, renderTitle } from "@/lib/i18n/problems/render";
import type { ProblemDetail } from "@/lib/i18n/problems/types";
import { AppError, type FieldError } from "./app-error";
import { isDatabaseUnavailable } from "./database-unavailable";
import { fromPostgres, fromPrisma } from "./prisma-problem";

/** Seconds a client should wait before trying again after a 503 (the database is away). */
export const RETRY_AFTER_SECONDS = 5;

// A body with 60,000 unknown fields would otherwise be answered with 60,000 errors (2.5 MB).
const MAX_FIELD_ERRORS = 100;

export type Problem = { status: number; detail: ProblemDetail; errors?: FieldError[]; retryAfter?: number };

export function problemResponse({ status, detail, errors = [], retryAfter }: Problem, locale: TLocale): Response {
  const catalogue = PROBLEMS[locale];
  const body = {
    type: "about:blank",
    title: renderTitle(catalogue, status),
    status,
    detail: renderDetail(catalogue, locale, detail),
    errors: errors.slice(0, MAX_FIELD_ERRORS).map(({ path, message, line, column }) => ({
      path,
      message: "key" in message ? renderFieldMessage(catalogue.fields, locale, message) : message.text,
      // Where in an uploaded document (contracts), when the problem is at a place in its text.
      ...(line === undefined ? {} : { line }),
      ...(column === undefined ? {} : { column }),
    })),
  };
  const headers: Record<string, string> = {
    "content-type": "application/problem+json",
    "content-language": locale,
    "cache-control": "no-store",
  };
  if (status === 503) headers["retry-after"] = String(RETRY_AFTER_SECONDS);
  else if (retryAfter !== undefined) headers["retry-after"] = String(retryAfter);
  return new Response(JSON.stringify(body), { status, headers });
}

const joinPath = (parts: unknown[]) => parts.map(String).filter(Boolean).join(".");

/** A ZodError's issues as field errors; their text is what the parse's error map wrote. */
export const zodFieldErrors = (error: ZodError, prefix = ""): FieldError[] =>
  error.issues.flatMap((issue): FieldError[] =>
    // An unknown field is reported at its own path, so a form can point at it.
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: joinPath([prefix, ...issue.path, key]), message: { key: "unknownField" } }))
      : [{ path: joinPath([prefix, ...issue.path]), message: { text: issue.message } }],
  );

export function errorToResponse(error: unknown, locale: TLocale): Response {
  const known = error instanceof AppError ? error : isDatabaseUnavailable(error) ? AppError.databaseUnavailable() : fromPrisma(error) ?? fromPostgres(error);
  if (known) return problemResponse(known, locale);
  if (error instanceof ZodError) return problemResponse({ status: 422, detail: { key: "invalidFields" }, errors: zodFieldErrors(error) }, locale);
  console.error("[api] unexpected error", error);
  return problemResponse({ status: 500, detail: { key: "unexpected" } }, locale);
}
