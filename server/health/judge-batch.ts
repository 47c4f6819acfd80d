import "server-only";
import type { ZodType } from "zod";
import type { TLocale } from "@/lib/schemas/enums";
import { isValidItem } from "@/lib/schemas/health-ingest";
import type { FieldError } from "@/server/http/app-error";
import { zodFieldErrors } from "@/server/http/problem";
import { SCHEMA_ERROR_MAPS } from "@/server/http/schema-error-maps";

export type JudgedBatch<T> = {
  /** The items that passed the schema; a later check may still reject one (see rejected). */
  valid: { index: number; item: T }[];
  /** Field errors by item index, paths from the body's root (samples.3.latencyP95Ms). */
  rejected: Map<number, FieldError[]>;
};

export type JudgeBatchOptions = { items: unknown[]; field: string; schema: ZodType; locale: TLocale };

/**
 * Splits a parsed batch (items of lib/schemas/health-ingest.ts `batchItem`) into the valid items
 * and the invalid ones' field errors, in the request's language. Later checks (unknown targets,
 * times out of range) add theirs to `rejected` and skip those indexes.
 */
export function judgeBatch<T>({ items, field, schema, locale }: JudgeBatchOptions): JudgedBatch<T> {
  const rejected = new Map<number, FieldError[]>();
  const valid: { index: number; item: T }[] = [];
  items.forEach((item, index) => {
    if (isValidItem(item)) return valid.push({ index, item: item as T });
    const result = schema.safeParse(item, { error: SCHEMA_ERROR_MAPS[locale] });
    rejected.set(index, result.success ? [] : zodFieldErrors(result.error, `${field}.${index}`));
  });
  return { valid, rejected };
}
