// The one error type domain code throws. Its code decides the HTTP status, in one place.
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
/** `line`/`column` (1-based) when the field is a document and the problem is at a place in its text. */
export type FieldError = { path: string; message: string; line?: number; column?: number };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  static notFound(what: string) {
    return new AppError("NOT_FOUND", `${what} was not found`);
  }

  static conflict(message: string, errors: FieldError[] = []) {
    return new AppError("CONFLICT", message, errors);
  }

  static validation(errors: FieldError[], message = "The request has invalid fields") {
    return new AppError("VALIDATION", message, errors);
  }

  static databaseUnavailable() {
    return new AppError("SERVICE_UNAVAILABLE", "The database cannot be reached at the moment; try again shortly");
  }

  static staleVersion(what: string) {
    return new AppError(
      "CONFLICT",
      `${what} was changed by someone else since you read it; reload and apply your change again`,
      [{ path: "version", message: "stale version" }],
    );
  }
}
