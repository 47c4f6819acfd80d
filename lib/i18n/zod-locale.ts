// zod's own messages for the browser's one locale, fetched only where needed: English is zod's
// default (in its core, every page has it), Chinese is a chunk of its own that only a Chinese page
// asks for. e2e/locale-bundle.spec.ts checks an English page never downloads it.
import type { TLocale } from "@/lib/schemas/enums";
import type { SchemaErrorMap } from "./problems/schema-error-map";

// The CommonJS build on purpose: the ES module zod/v4/locales/zh-CN.js is also reachable from zod's
// core (`z.locales`), so the bundler counts it as already loaded and puts it in the chunk every page
// loads (seen in a build: the root main chunk held it). The .cjs file is a module of its own, in
// a chunk of its own (with its own copy of zod's util.cjs), fetched only by this import.
const LOADERS: Record<TLocale, (() => Promise<SchemaErrorMap>) | null> = {
  en: null,
  "zh-CN": () => import("zod/v4/locales/zh-CN.cjs").then((locale) => locale.default().localeError),
};

/** The locale's map, or undefined when zod's default (English) is the locale's already. */
export async function loadZodLocale(locale: TLocale): Promise<SchemaErrorMap | undefined> {
  return LOADERS[locale]?.();
}
