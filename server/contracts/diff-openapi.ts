// Breaking changes between two OpenAPI documents (Swagger 2.0, OpenAPI 3.0/3.1, in any mix):
// paths, operations and response codes removed; parameters, request body and request properties
// made required; response properties removed; types changed.
import "server-only";
import type { BreakingChange } from "@/lib/contracts/types";
import { createSchemaComparer, propertyPath, type SchemaChange } from "./diff-schemas";
import { asObject, entriesOf, HTTP_METHODS, resolveLocal, type JsonObject } from "./json-tools";

type Param = { label: string; required: boolean; schema: unknown };
type Operation = {
  params: Map<string, Param>;
  body?: { required: boolean; media: Map<string, unknown> };
  responses: Map<string, Map<string, unknown>>;
};

/** "/pets/{id}" and "/pets/{petId}" are the same endpoint to a client. */
const templateKey = (path: string) => path.replace(/\{[^}]*\}/g, "{}");

/** Reads one operation into a shape both Swagger 2.0 and OpenAPI 3.x fit. */
function readOperation(doc: JsonObject, path: string, item: JsonObject, method: string): Operation {
  const op = asObject(item[method]) ?? {};
  const pathParams = [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  const result: Operation = { params: new Map(), responses: new Map() };
  const params = [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(op.parameters) ? op.parameters : [])];
  for (const raw of params) {
    const p = asObject(resolveLocal(doc, raw));
    if (!p || typeof p.name !== "string" || typeof p.in !== "string") continue;
    if (p.in === "body") {
      result.body = { required: p.required === true, media: new Map([["", p.schema]]) };
      continue;
    }
    // Path parameters by position: renaming {id} to {petId} changes nothing for a client.
    const key = p.in === "path" ? `path#${pathParams.indexOf(p.name)}` : `${p.in}:${p.name}`;
    const schema = p.schema ?? asObject(entriesOf(p.content)[0]?.[1])?.schema ?? p; // Swagger 2.0: the type is on the parameter
    result.params.set(key, { label: `${p.in} ${p.name}`, required: p.required === true, schema });
  }
  const body = asObject(resolveLocal(doc, op.requestBody));
  if (body) result.body = { required: body.required === true, media: new Map(entriesOf(body.content).map(([type, m]) => [type, asObject(m)?.schema])) };
  for (const [code, raw] of entriesOf(op.responses)) {
    const response = asObject(resolveLocal(doc, raw)) ?? {};
    const media = response.content !== undefined ? entriesOf(response.content).map(([type, m]) => [type, asObject(m)?.schema] as const) : [];
    if (response.schema !== undefined) media.push(["", response.schema]);
    result.responses.set(code, new Map(media.filter(([, schema]) => schema !== undefined)));
  }
  return result;
}

/** Bodies compared per media type; a lone media type on each side is compared even if renamed. */
function pairMedia(before: Map<string, unknown>, after: Map<string, unknown>): [unknown, unknown][] {
  const common = [...before.keys()].filter((k) => after.has(k));
  if (common.length) return common.map((k) => [before.get(k), after.get(k)]);
  return before.size === 1 && after.size === 1 ? [[[...before.values()][0], [...after.values()][0]]] : [];
}

const anchor = (where: string, changes: SchemaChange[]): BreakingChange[] =>
  changes.map(({ kind, at, before, after }) => ({
    kind,
    location: at.length ? `${where} → ${propertyPath(at)}` : where,
    ...(before !== undefined && { before }),
    ...(after !== undefined && { after }),
  }));

export function diffOpenApi({ before, after }: { before: JsonObject; after: JsonObject }): BreakingChange[] {
  const compare = createSchemaComparer();
  const changes: BreakingChange[] = [];
  const afterPaths = new Map(entriesOf(after.paths).map(([path, item]) => [templateKey(path), { path, item: asObject(resolveLocal(after, item)) ?? {} }]));
  for (const [path, rawItem] of entriesOf(before.paths)) {
    const match = afterPaths.get(templateKey(path));
    if (!match) {
      changes.push({ kind: "path-removed", location: path });
      continue;
    }
    const bItem = asObject(resolveLocal(before, rawItem)) ?? {};
    for (const method of HTTP_METHODS) {
      if (!asObject(bItem[method])) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (!asObject(match.item[method])) {
        changes.push({ kind: "operation-removed", location: where });
        continue;
      }
      const b = readOperation(before, path, bItem, method);
      const a = readOperation(after, match.path, match.item, method);
      for (const [key, aParam] of a.params) {
        const bParam = b.params.get(key);
        if (aParam.required && !bParam?.required) {
          changes.push({ kind: "parameter-required", location: `${where} → ${aParam.label}`, before: bParam ? "optional" : "absent", after: "required" });
        }
        if (bParam) changes.push(...anchor(`${where} → ${aParam.label}`, compare({ doc: before, schema: bParam.schema }, { doc: after, schema: aParam.schema }, "write")));
      }
      if (a.body) {
        const bodyAt = `${where} → request body`;
        if (a.body.required && !b.body?.required) changes.push({ kind: "parameter-required", location: bodyAt, before: b.body ? "optional" : "absent", after: "required" });
        for (const [bSchema, aSchema] of pairMedia(b.body?.media ?? new Map(), a.body.media)) {
          changes.push(...anchor(bodyAt, compare({ doc: before, schema: bSchema }, { doc: after, schema: aSchema }, "write")));
        }
      }
      for (const [code, bMedia] of b.responses) {
        const aMedia = a.responses.get(code);
        if (!aMedia) {
          changes.push({ kind: "response-removed", location: `${where} → ${code}` });
          continue;
        }
        if (bMedia.size && !aMedia.size) changes.push({ kind: "response-property-removed", location: `${where} → ${code} → body` });
        for (const [bSchema, aSchema] of pairMedia(bMedia, aMedia)) {
          changes.push(...anchor(`${where} → ${code}`, compare({ doc: before, schema: bSchema }, { doc: after, schema: aSchema }, "read")));
        }
      }
    }
  }
  return changes;
}
