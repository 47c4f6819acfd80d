// RFC 9457 problem details. Only AppError, zod and known Prisma errors reach the client with
// their message; anything unexpected becomes a bare 500 whose details stay in the server log.
import { ZodError } from "zod";
import { AppError, type FieldError } from "./app-error";
import { isDatabaseUnavailable } from "./database-unavailable";

/** Seconds a client should wait before trying again after a 503 (the database is away). */
export const RETRY_AFTER_SECONDS = 5;

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

// A body with 60,000 unknown fields would otherwise be answered with 60,000 errors (2.5 MB).
const MAX_FIELD_ERRORS = 100;

export function problemResponse(status: number, detail: string, errors: FieldError[] = []): Response {
  const body = { type: "about:blank", title: TITLES[status] ?? "Error", status, detail, errors: errors.slice(0, MAX_FIELD_ERRORS) };
  const headers: Record<string, string> = { "content-type": "application/problem+json", "cache-control": "no-store" };
  if (status === 503) headers["retry-after"] = String(RETRY_AFTER_SECONDS);
  return new Response(JSON.stringify(body), { status, headers });
}

const joinPath = (parts: unknown[]) => parts.map(String).filter(Boolean).join(".");

export const zodFieldErrors = (error: ZodError, prefix = ""): FieldError[] =>
  error.issues.flatMap((issue) =>
    // An unknown field is reported at its own path, so a form can point at it.
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: joinPath([prefix, ...issue.path, key]), message: "unknown field" }))
      : [{ path: joinPath([prefix, ...issue.path]), message: issue.message }],
  );

/**
 * The fields of a violated unique constraint. With driver adapters Prisma reports only the index
 * name, which Prisma itself names `<Model>_<field>[_<field>…]_key`.
 */
function uniqueFields(meta: Record<string, unknown> | undefined): string[] {
  if (Array.isArray(meta?.target)) return meta.target as string[];
  const cause = (meta?.driverAdapterError as { cause?: { constraint?: { fields?: string[]; index?: string } } } | undefined)?.cause;
  if (cause?.constraint?.fields?.length) return cause.constraint.fields;
  const index = cause?.constraint?.index;
  const model = typeof meta?.modelName === "string" ? meta.modelName : "";
  if (index && model && index.startsWith(`${model}_`) && index.endsWith("_key")) {
    return [index.slice(model.length + 1, -"_key".length)];
  }
  return ["key"];
}

// Prisma error codes we expect from user input (https://www.prisma.io/docs/orm/reference/error-reference).
function fromPrisma(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== "string" || !/^P\d{4}$/.test(code)) return undefined;
  const meta = (error as { meta?: Record<string, unknown> }).meta;
  switch (code) {
    case "P2002": {
      const fields = uniqueFields(meta);
      return AppError.conflict(
        `A record with this ${fields.join(", ")} already exists`,
        fields.map((f) => ({ path: f, message: "already exists" })),
      );
    }
    case "P2025":
      return AppError.notFound("The record");
    case "P2003":
      return AppError.conflict("The record is still referenced by others or references a missing record");
    default:
      return undefined;
  }
}

export function errorToResponse(error: unknown): Response {
  const known = error instanceof AppError ? error : isDatabaseUnavailable(error) ? AppError.databaseUnavailable() : fromPrisma(error);
  if (known) return problemResponse(known.status, known.message, known.errors);
  if (error instanceof ZodError) return problemResponse(422, "The request has invalid fields", zodFieldErrors(error));
  console.error("[api] unexpected error", error);
  return problemResponse(500, "Something went wrong on our side. It has been logged.");
}
