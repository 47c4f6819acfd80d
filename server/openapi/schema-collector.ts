// Converts zod schemas to JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) and gathers every
// schema named with `.meta({ id })` into components.schemas, referenced by $ref.
//
// Two passes, because a name depends on the whole document: defaults and transforms make a schema
// read differently as input and as output, and only an id used on both sides with differing
// shapes needs a second name (`…Input`). convert() leaves placeholder refs; finish() names them.
import { z, type ZodType } from "zod";
import { annotateCsvEnum, isObject, rewriteRefs, tidy } from "./json-schema-tidy";
import type { JsonSchema } from "@/lib/openapi/types";

export type Io = "input" | "output";
const COMPONENTS = "#/components/schemas/";
const PENDING = "#pending/"; // + "input/SystemCreate"

const plain = (schema: ZodType, io: Io) =>
  JSON.stringify(z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" }));

export function createSchemaCollector() {
  const bodies = new Map<string, JsonSchema>(); // "io/id" → schema with placeholder refs
  const zodById = new Map<string, ZodType>();

  function store(io: Io, id: string, body: JsonSchema) {
    const key = `${io}/${id}`;
    const known = bodies.get(key);
    if (known && JSON.stringify(known) !== JSON.stringify(body)) {
      throw new Error(`[openapi] two different schemas are named "${id}"; give one another .meta({ id })`);
    }
    bodies.set(key, body);
  }

  function convert(schema: ZodType, io: Io): JsonSchema {
    const raw = z.toJSONSchema(schema, {
      io,
      target: "draft-2020-12",
      // A transform's output has no JSON form; document it as "any" rather than fail the document.
      unrepresentable: "any",
      override: (ctx) => {
        const id = z.globalRegistry.get(ctx.zodSchema)?.id;
        if (typeof id === "string") zodById.set(id, ctx.zodSchema as unknown as ZodType);
        if (io === "input") annotateCsvEnum(ctx);
      },
    }) as JsonSchema;
    const { $schema: _dialect, $defs, id: rootId, ...root } = raw;
    const defs = Object.entries(isObject($defs) ? $defs : {});
    const refs = new Map(defs.map(([id]) => [`#/$defs/${id}`, `${PENDING}${io}/${id}`]));
    if (typeof rootId === "string") refs.set("#", `${PENDING}${io}/${rootId}`);
    for (const [id, body] of defs) {
      // Each def repeats its `.meta({ id })` as a keyword; in components the key is the name.
      const { id: _id, ...rest } = body as JsonSchema;
      store(io, id, rewriteRefs(tidy(rest) as JsonSchema, refs));
    }
    const converted = rewriteRefs(tidy(root) as JsonSchema, refs);
    if (typeof rootId !== "string") return converted;
    store(io, rootId, converted);
    return { $ref: `${PENDING}${io}/${rootId}` };
  }

  /** The schema behind a ref convert() returned (e.g. a named query object). */
  const lookup = (ref: string) => (ref.startsWith(PENDING) ? bodies.get(ref.slice(PENDING.length)) : undefined);

  /** Names every collected schema and points the refs in `document` (and between schemas) at them. */
  function finish<T>(document: T): { document: T; schemas: Record<string, JsonSchema> } {
    const outputIds = new Set([...bodies.keys()].filter((k) => k.startsWith("output/")).map((k) => k.slice(7)));
    const nameOf = (io: Io, id: string) => {
      const zod = zodById.get(id);
      const shared = io === "output" || !outputIds.has(id) || !zod || plain(zod, "input") === plain(zod, "output");
      return shared ? id : `${id}Input`;
    };
    const refs = new Map<string, string>();
    for (const key of bodies.keys()) {
      const [io, id] = key.split(/\/(.*)/s) as [Io, string];
      refs.set(PENDING + key, COMPONENTS + nameOf(io, id));
    }
    const schemas: Record<string, JsonSchema> = {};
    for (const [key, body] of [...bodies].sort(([a], [b]) => a.localeCompare(b))) {
      schemas[refs.get(PENDING + key)!.slice(COMPONENTS.length)] = rewriteRefs(body, refs);
    }
    const sorted = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
    return { document: rewriteRefs(document, refs), schemas: sorted };
  }

  return { convert, lookup, finish };
}
