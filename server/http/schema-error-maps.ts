// zod's messages per locale for the server, which answers both at the same moment: each parse is
// handed its request's map (never zod's global config).
import zodEn from "zod/v4/locales/en.js";
import zodZhCN from "zod/v4/locales/zh-CN.js";
import type { TLocale } from "@/lib/schemas/enums";
import { PROBLEMS } from "@/lib/i18n/problems";
import { schemaErrorMap, type SchemaErrorMap } from "@/lib/i18n/problems/schema-error-map";

export const SCHEMA_ERROR_MAPS: Record<TLocale, SchemaErrorMap> = {
  en: schemaErrorMap("en", PROBLEMS.en.fields, zodEn().localeError),
  "zh-CN": schemaErrorMap("zh-CN", PROBLEMS["zh-CN"].fields, zodZhCN().localeError),
};
