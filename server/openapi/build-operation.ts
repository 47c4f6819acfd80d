// One OpenAPI operation from one route handler's `.spec` (see server/http/handler.ts).
import type { ZodType } from "zod";
import type { RouteSpec } from "@/server/http/handler";
import { ROLE_PERMISSIONS, SCOPE_PERMISSIONS } from "@/server/auth/permissions";
import { errorResponses, errorStatuses } from "./error-responses";
import type { createSchemaCollector } from "./schema-collector";
import type { HttpMethod, JsonSchema, Operation, Parameter } from "@/lib/openapi/types";

type Collector = ReturnType<typeof createSchemaCollector>;
type OperationInput = { path: string; method: HttpMethod; spec: RouteSpec; collector: Collector; problemRef: JsonSchema };

export const pathParamNames = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

export function permissionText(access: RouteSpec["access"]): string {
  if (access === "public") return "Public: no authentication required.";
  const scope = Object.entries(SCOPE_PERMISSIONS).find(([, perm]) => perm === access)?.[0];
  if (scope) return `Requires permission ${access}: a ${scope} token (created by an admin) and nothing else.`;
  const roles = Object.entries(ROLE_PERMISSIONS).filter(([, perms]) => perms.includes(access)).map(([role]) => role);
  return `Requires permission ${access} (roles ${roles.join(", ")}).`;
}

/** "/systems/{id}" + "get" → "getSystemsById"; stable, so clients generated from it keep names. */
export function operationId(method: HttpMethod, path: string): string {
  const words = path
    .split(/[/-]/)
    .filter(Boolean)
    .map((part) => part.replace(/^\{(\w+)\}$/, "by-$1"))
    .flatMap((part) => part.split("-"));
  return method + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}

/** The object schema behind a params/query schema, following a $ref into components. */
function objectSchema(schema: ZodType, collector: Collector): JsonSchema {
  const json = collector.convert(schema, "input");
  return (typeof json.$ref === "string" && collector.lookup(json.$ref)) || json;
}

function parameters(where: "path" | "query", schema: ZodType | undefined, collector: Collector): Parameter[] {
  if (!schema) return [];
  const json = objectSchema(schema, collector);
  const props = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(props).map(([name, { description, ...rest }]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    ...(typeof description === "string" ? { description } : {}),
    schema: rest,
  }));
}

function pathParameters(path: string, spec: RouteSpec, collector: Collector): Parameter[] {
  const declared = parameters("path", spec.params, collector);
  const names = pathParamNames(path);
  const stray = declared.filter((p) => !names.includes(p.name));
  // A params schema that disagrees with the folder names is a bug in the route, not in the docs.
  if (stray.length) throw new Error(`[openapi] ${path} declares params not in its path: ${stray.map((p) => p.name)}`);
  return names.map((name) => declared.find((p) => p.name === name) ?? { name, in: "path", required: true, schema: { type: "string" } });
}

export function buildOperation({ path, method, spec, collector, problemRef }: OperationInput): Operation {
  const params = [...pathParameters(path, spec, collector), ...parameters("query", spec.query, collector)];
  const status = String(spec.status ?? (spec.response || spec.download ? 200 : 204));
  const success = spec.response
    ? { description: "Success", content: { "application/json": { schema: collector.convert(spec.response, "output") } } }
    : spec.download
      ? { description: "A file", content: Object.fromEntries(spec.download.map((type) => [type, { schema: { type: "string", format: "binary" } }])) }
      : { description: "Success, no content" };
  return {
    operationId: operationId(method, path),
    summary: spec.summary,
    description: permissionText(spec.access),
    tags: [path.split("/")[1] ?? "default"],
    "x-permission": spec.access,
    ...(spec.access === "public" ? { security: [] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(spec.body
      ? { requestBody: { required: true, content: { "application/json": { schema: collector.convert(spec.body, "input") } } } }
      : {}),
    responses: {
      [status]: success,
      ...errorResponses(errorStatuses(spec, method, pathParamNames(path).length > 0), problemRef),
    },
  };
}
