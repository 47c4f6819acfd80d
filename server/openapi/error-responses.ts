// The problem+json error responses an operation can produce, derived from what the handler wrapper
// (server/http/handler.ts) actually does for a route with that spec.
import { z } from "zod";
import type { RouteSpec } from "@/server/http/handler";
import type { ResponseObject } from "@/lib/openapi/types";

/** RFC 9457 problem details as written by server/http/problem.ts. */
export const ZProblem = z
  .object({
    type: z.string().describe('A URI naming the problem type; "about:blank" means: see the status'),
    title: z.string().describe("The HTTP status text, in the language of Content-Language"),
    status: z.number().int().describe("The HTTP status code"),
    detail: z.string().describe("What went wrong, written for people: in the signed-in user's language, or Accept-Language's (en, zh-CN) for tokens; see Content-Language"),
    errors: z
      .array(
        z.object({
          path: z.string().describe('Dotted field path: "name" for body fields, "query.page" or "params.id" otherwise'),
          message: z.string().describe("In the same language as detail; the path never changes with it"),
          line: z.number().int().optional().describe("1-based line in an uploaded document (contracts), when the problem is at one"),
          column: z.number().int().optional().describe("1-based column on that line"),
        }),
      )
      .describe("Field-level errors; empty when the problem is not about particular fields"),
  })
  .meta({ id: "Problem", description: "An error (RFC 9457 problem details)" });

const WHY: Record<number, string> = {
  400: "Malformed JSON or invalid path/query parameters",
  401: "No valid session cookie or API token",
  403: "Signed in, but the role lacks the required permission",
  404: "No such record",
  409: "Conflict: a duplicate key, a stale version, or the record is still referenced",
  413: "The body is larger than the route accepts: 1 MB, or a contract document over 5 MB",
  415: "The body is not sent as application/json",
  422: "The body has invalid fields (see errors)",
};

const MUTATING = new Set(["post", "put", "patch", "delete"]);

export function errorStatuses(spec: RouteSpec, method: string, hasPathParams: boolean): number[] {
  const statuses: number[] = [];
  if (spec.params || spec.query || spec.body || hasPathParams) statuses.push(400);
  if (spec.access !== "public") statuses.push(401, 403);
  if (hasPathParams) statuses.push(404);
  if (MUTATING.has(method)) statuses.push(409);
  if (spec.body) statuses.push(413, 415, 422);
  return statuses;
}

export function errorResponses(statuses: number[], problemRef: object): Record<string, ResponseObject> {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      { description: WHY[status] ?? "Error", content: { "application/problem+json": { schema: { ...problemRef } } } },
    ]),
  );
}
