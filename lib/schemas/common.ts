// Building blocks shared by the entity schemas. Used on the server (validation, OpenAPI) and in
// forms on the client, so keep this module free of server imports.
import { z } from "zod";
import { multilineInput, noControlCharacters, textInput } from "./text";
import { fieldMessage } from "./field-message";

export const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

export const ZKey = textInput()
  .regex(KEY_PATTERN, fieldMessage("keyFormat"))
  .describe("Unique slug, e.g. order-service");
export const ZId = textInput().min(1, fieldMessage("required")).max(64).describe("Record id");
export const ZName = textInput().trim().min(1, fieldMessage("required")).max(200);
export const ZDescription = multilineInput().max(5000);
export const ZShortText = textInput().trim().max(500);
export const ZUrl = z.url({ protocol: /^https?$/, ...fieldMessage("httpUrl") }).check(noControlCharacters).max(2048);
export const ZTier = z.number().int().min(0).max(3).describe("Criticality: 0 = business stops … 3 = nice to have");
export const ZVersion = z.number().int().min(1).describe("The version you read; a stale one gets 409");
export const ZStringList = z.array(textInput().trim().min(1).max(100)).max(100);

/** Optional text that the client may clear with null or "". */
export const nullableText = <T extends z.ZodType<string>>(schema: T) =>
  z.preprocess((v) => (v === "" ? null : v), schema.nullable());

/** A query parameter holding one value or a comma-separated list of values of an enum. */
export function csvEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return textInput()
    .max(1000)
    .transform((s) => s.split(",").map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1).max(values.length));
}

/** `tier=0,1` → [0, 1] */
export const ZTierList = textInput()
  .regex(/^[0-3](,[0-3])*$/, fieldMessage("tierList"))
  .transform((s) => s.split(",").map(Number));

export const ZListQueryBase = z.object({
  q: textInput().trim().max(200).optional().describe("Case-insensitive substring of key, name or description"),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** `sort=field` or `sort=-field` over an allow-list of fields. */
export function sortParam<const T extends readonly [string, ...string[]]>(fields: T, fallback: T[number]) {
  return textInput()
    .regex(/^-?[A-Za-z]+$/, fieldMessage("sortFormat"))
    .refine((s) => (fields as readonly string[]).includes(s.replace(/^-/, "")), fieldMessage("sortField", { fields: fields.join(", ") }))
    .default(fallback)
    .describe(`Sort field: ${fields.join(", ")}; prefix with - for descending`);
}

export const zPage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export type TPage<T> = { items: T[]; total: number; page: number; pageSize: number };

export const ZRef = z.object({ id: z.string(), key: z.string(), name: z.string() });
export const ZUserRef = z.object({ id: z.string(), name: z.string(), email: z.string(), active: z.boolean() });
