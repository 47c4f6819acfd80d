// The per-parse error map of one locale (`schema.safeParse(x, { error })`): a schema's declared
// messages from the locale's catalogue, everything else in zod's own words for the locale. Per
// parse, never zod's global config: the server answers both locales at the same moment.
import type { z } from "zod";
import type { TLocale } from "@/lib/schemas/enums";
import { declaredMessage } from "@/lib/schemas/field-message";
import { renderFieldMessage } from "./render";
import type { ProblemCatalogue } from "./types";

export type SchemaErrorMap = z.core.$ZodErrorMap;

/**
 * `zodLocale` is zod's map for the locale (zod/v4/locales/*); without it zod's global English
 * messages answer (the browser's until the Chinese ones have loaded).
 */
export function schemaErrorMap(locale: TLocale, fields: ProblemCatalogue["fields"], zodLocale?: SchemaErrorMap): SchemaErrorMap {
  return (issue) => {
    const declared = declaredMessage(issue);
    if (declared) return renderFieldMessage(fields, locale, declared);
    return zodLocale?.(issue);
  };
}
