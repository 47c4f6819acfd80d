// The one error type domain code throws. Its code decides the HTTP status, in one place. What it
// says is a key of the problem catalogue with typed params (lib/i18n/problems), rendered in the
// request's locale when the response is built; `message` is the English rendering, for logs.
import { en } from "@/lib/i18n/problems/en";
import { renderDetail } from "@/lib/i18n/problems/render";
import type { EntityKey, FieldMessage, ProblemDetail } from "@/lib/i18n/problems/types";

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * What is wrong with one field: a catalogue key, or text zod already wrote in the request's
 * locale (the handler parses with that locale's error map, server/http/schema-error-maps.ts).
 * `line`/`column` (1-based) when the field is a document and the problem is at a place in its text.
 */
export type FieldError = { path: string; message: FieldMessage | { text: string }; line?: number; column?: number };

export class AppError extends Error {
  /** Seconds to wait before trying again (a 429's Retry-After); a 503 always has its own. */
  retryAfter?: number;

  constructor(
    readonly code: ErrorCode,
    readonly detail: ProblemDetail,
    readonly errors: FieldError[] = [],
  ) {
    super(renderDetail(en, "en", detail));
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  static notFound(entity: EntityKey) {
    return new AppError("NOT_FOUND", { key: "notFound", params: { entity } });
  }

  static conflict(detail: ProblemDetail, errors: FieldError[] = []) {
    return new AppError("CONFLICT", detail, errors);
  }

  static validation(errors: FieldError[], detail: ProblemDetail = { key: "invalidFields" }) {
    return new AppError("VALIDATION", detail, errors);
  }

  static rateLimited(retryAfter: number) {
    return Object.assign(new AppError("RATE_LIMITED", { key: "rateLimited" }), { retryAfter });
  }

  static databaseUnavailable() {
    return new AppError("SERVICE_UNAVAILABLE", { key: "databaseUnavailable" });
  }

  static staleVersion(entity: EntityKey) {
    return new AppError("CONFLICT", { key: "staleVersion", params: { entity } }, [{ path: "version", message: { key: "staleVersion" } }]);
  }
}
