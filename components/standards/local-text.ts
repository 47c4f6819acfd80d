import type { TLocale } from "@/lib/schemas/enums";
import type { TStandardText } from "@/lib/schemas/standard";

/** A standard's text in the reader's language; a part left empty there falls back to the other. */
export function localText(text: TStandardText, locale: TLocale) {
  const mine = text[locale];
  const other = text[locale === "en" ? "zh-CN" : "en"];
  return {
    name: mine.name || other.name,
    description: mine.description || other.description,
    rationale: mine.rationale || other.rationale,
  };
}
