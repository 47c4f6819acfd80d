// The one wrapper every API route uses: authenticate, authorize, parse, run, map errors.
import "server-only";
import type { NextRequest } from "next/server";
import { z, type ZodType } from "zod";
import { actorCan, type Permission } from "@/server/auth/permissions";
import { getRequestActor } from "@/server/auth/get-actor";
import type { Actor } from "@/server/auth/actor";
import type { TLocale } from "@/lib/schemas/enums";
import { AppError } from "./app-error";
import { JsonText } from "./json-text";
import { errorToResponse, zodFieldErrors } from "./problem";
import { problemLocale } from "./problem-locale";
import { parseJson, readJsonText } from "./read-body";
import { SCHEMA_ERROR_MAPS } from "./schema-error-maps";

/** A request body's limit unless the route sets its own (`maxBodyBytes`). */
export const MAX_BODY_BYTES = 1_000_000;

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
  /**
   * For a route that answers with a file (the handler returns a Response): its media types, so
   * the OpenAPI document describes a 200 download instead of JSON or "no content".
   */
  download?: readonly string[];
  /**
   * The largest body this route reads, in bytes (default MAX_BODY_BYTES); past it a 413. For the
   * few routes that take a document (a contract): one limit per route, not one for all.
   */
  maxBodyBytes?: number;
  /**
   * A second way in, for webhooks: a request carrying `header` is let in by `verify`, which checks
   * a signature over the raw body (before it is parsed) and returns the actor or throws a 401.
   */
  signature?: BodySignature;
  /**
   * For intake routes that keep refused deliveries for inspection: called with the raw body (as
   * far as it was read) when an authenticated caller's request is refused as a bad payload (400,
   * 413, 415, 422), by parsing or by the handler. Its own failure does not change the answer.
   */
  onRejected?: (ctx: { req: NextRequest; actor: Actor; raw: string; error: AppError }) => Promise<void>;
  handler: (ctx: Context<A, P, Q, B>) => Promise<unknown>;
};

const BAD_PAYLOAD = new Set([400, 413, 415, 422]);

export type BodySignature = { header: string; verify: (req: NextRequest, raw: string) => Promise<Actor> };

/** What a route declares, kept on the handler so the OpenAPI document is built from it. */
export type RouteSpec = Omit<HandlerOptions<Access, Schema, Schema, Schema>, "handler">;
export type RouteHandler = ((req: NextRequest, route: RouteContext) => Promise<Response>) & { spec: RouteSpec };

const INVALID = { params: "invalidParams", query: "invalidQuery", body: "invalidBody" } as const;

/** Parsed with the error map of the request's locale, so zod's own messages are in that language too. */
function parseWith<T extends ZodType>(schema: T, input: unknown, where: keyof typeof INVALID, code: "BAD_REQUEST" | "VALIDATION", locale: TLocale) {
  const result = schema.safeParse(input, { error: SCHEMA_ERROR_MAPS[locale] });
  if (!result.success) throw new AppError(code, { key: INVALID[where] }, zodFieldErrors(result.error, where === "body" ? "" : where));
  return result.data;
}

export function handle<
  A extends Access,
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
>(options: HandlerOptions<A, P, Q, B>): RouteHandler {
  const { handler: _handler, ...spec } = options;
  const run = async (req: NextRequest, route: RouteContext): Promise<Response> => {
    // Until the caller is known (and for tokens), problems speak the request's Accept-Language.
    const acceptLanguage = req.headers.get("accept-language");
    let locale = problemLocale(acceptLanguage);
    try {
      const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
      const signature = options.signature && req.headers.has(options.signature.header) ? options.signature : undefined;
      // A signed request's body is read first: the signature covers its bytes as sent.
      let raw = signature ? await readJsonText(req, limit) : undefined;
      const actor = signature ? await signature.verify(req, raw!) : await getRequestActor(req);
      locale = problemLocale(acceptLanguage, actor);
      if (options.access !== "public" && !signature) {
        if (!actor) throw new AppError("UNAUTHENTICATED", { key: "unauthenticated" });
        if (!actorCan(actor, options.access)) throw new AppError("FORBIDDEN", { key: "forbidden" });
      }
      const params = options.params ? parseWith(options.params, await route.params, "params", "BAD_REQUEST", locale) : undefined;
      const query = options.query
        ? parseWith(options.query, Object.fromEntries(req.nextUrl.searchParams), "query", "BAD_REQUEST", locale)
        : undefined;
      let result: unknown;
      try {
        const body = options.body ? parseWith(options.body, parseJson((raw ??= await readJsonText(req, limit))), "body", "VALIDATION", locale) : undefined;
        result = await options.handler({ req, actor, params, query, body } as Context<A, P, Q, B>);
      } catch (error) {
        if (options.onRejected && actor && error instanceof AppError && BAD_PAYLOAD.has(error.status)) {
          await options.onRejected({ req, actor, raw: raw ?? "", error }).catch((e) => console.error("[api] onRejected failed", e));
        }
        throw error;
      }
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
      return errorToResponse(error, locale);
    }
  };
  return Object.assign(run, { spec: spec as RouteSpec });
}
