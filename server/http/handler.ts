// The one wrapper every API route uses: authenticate, authorize, parse, run, map errors.
import "server-only";
import type { NextRequest } from "next/server";
import { z, type ZodType } from "zod";
import { can, type Permission } from "@/server/auth/permissions";
import { getRequestActor } from "@/server/auth/get-actor";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "./app-error";
import { JsonText } from "./json-text";
import { errorToResponse, zodFieldErrors } from "./problem";

const MAX_BODY_BYTES = 1_000_000;

type Access = Permission | "public";
type Schema = ZodType | undefined;
type Out<T extends Schema> = T extends ZodType ? z.output<T> : undefined;

type Context<A extends Access, P extends Schema, Q extends Schema, B extends Schema> = {
  req: NextRequest;
  actor: A extends "public" ? Actor | null : Actor;
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
};

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export type HandlerOptions<A extends Access, P extends Schema, Q extends Schema, B extends Schema> = {
  /** The permission required, or "public". Checked before anything is parsed. */
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** HTTP status of a successful response (default 200; 204 when the handler returns nothing). */
  status?: number;
  /** For the OpenAPI document: a one-line summary and the success response's schema. */
  summary: string;
  response?: ZodType;
  handler: (ctx: Context<A, P, Q, B>) => Promise<unknown>;
};

/** What a route declares, kept on the handler so the OpenAPI document is built from it. */
export type RouteSpec = Omit<HandlerOptions<Access, Schema, Schema, Schema>, "handler">;
export type RouteHandler = ((req: NextRequest, route: RouteContext) => Promise<Response>) & { spec: RouteSpec };

function parseWith<T extends ZodType>(schema: T, input: unknown, where: string, code: "BAD_REQUEST" | "VALIDATION") {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError(code, `Invalid ${where}`, zodFieldErrors(result.error, where === "body" ? "" : where));
  return result.data;
}

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "The body is larger than 1 MB");

/**
 * The body as text, read up to the limit: a chunked body declares no length, so counting as it
 * arrives is what keeps a huge one out of memory. What is left unread is drained (or the
 * connection closed) by the server after the answer — see server/http/node-bridge.ts.
 */
async function readText(req: NextRequest): Promise<string> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid UTF-8", [{ path: "", message: "invalid UTF-8" }]);
  }
}

async function readJson(req: NextRequest): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().includes("application/json")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json");
  }
  const text = await readText(req);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON", [{ path: "", message: "malformed JSON" }]);
  }
}

export function handle<
  A extends Access,
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
>(options: HandlerOptions<A, P, Q, B>): RouteHandler {
  const { handler: _handler, ...spec } = options;
  const run = async (req: NextRequest, route: RouteContext): Promise<Response> => {
    try {
      const actor = await getRequestActor(req);
      if (options.access !== "public") {
        if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in or send a valid API token");
        if (!can(actor.role, options.access)) throw new AppError("FORBIDDEN", "Your role does not allow this");
      }
      const params = options.params ? parseWith(options.params, await route.params, "params", "BAD_REQUEST") : undefined;
      const query = options.query
        ? parseWith(options.query, Object.fromEntries(req.nextUrl.searchParams), "query", "BAD_REQUEST")
        : undefined;
      const body = options.body ? parseWith(options.body, await readJson(req), "body", "VALIDATION") : undefined;
      const result = await options.handler({ req, actor, params, query, body } as Context<A, P, Q, B>);
      if (result instanceof Response) return result;
      if (result instanceof JsonText) {
        return new Response(result.text, {
          status: options.status ?? 200,
          headers: { "content-type": "application/json", "cache-control": "no-store" },
        });
      }
      if (result === undefined) return new Response(null, { status: 204 });
      return Response.json(result, { status: options.status ?? 200, headers: { "cache-control": "no-store" } });
    } catch (error) {
      return errorToResponse(error);
    }
  };
  return Object.assign(run, { spec: spec as RouteSpec });
}
