// Renders problem messages in one locale's catalogue. Takes the catalogue as an argument rather
// than importing them, so the browser can render field messages with the one it was handed.
import type { TLocale } from "@/lib/schemas/enums";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { EntityKey, FieldMessage, ParamValue, Part, ProblemCatalogue, ProblemDetail, Template } from "./types";

type Message = { key: string; params?: Record<string, ParamValue> };
type ValueRenderer = (name: string, value: ParamValue) => string;

/** Picks the count's form (Intl.PluralRules, as countLabel does) and fills the placeholders. */
function fill(locale: TLocale, template: Template, params: Message["params"], render: ValueRenderer): string {
  const vars = Object.fromEntries(Object.entries(params ?? {}).map(([name, value]) => [name, render(name, value)]));
  if (typeof template === "string") return fmt(template, vars);
  const form = new Intl.PluralRules(locale).select(Number(params?.count)) === "one" ? template.one : template.other;
  return fmt(form, vars);
}

/** Data as is, numbers as the locale writes them; parts are not expected here (field messages hold data only). */
const plainValue = (locale: TLocale) => (_name: string, value: ParamValue) =>
  typeof value === "number" ? formatNumber(value, locale) : String(value);

/** A field error's message, with only the `fields` section (what the browser holds). */
export function renderFieldMessage(fields: ProblemCatalogue["fields"], locale: TLocale, message: FieldMessage): string {
  const m = message as Message;
  return fill(locale, fields[message.key], m.params, plainValue(locale));
}

function renderPart(catalogue: ProblemCatalogue, locale: TLocale, part: Part): string {
  const m = part as Message;
  return fill(locale, catalogue.parts[part.key], m.params, valueIn(catalogue, locale));
}

/** `{entity}` by the catalogue's noun, parts rendered in the same locale, lists as the locale joins them ("a and b", "a和b"). */
const valueIn = (catalogue: ProblemCatalogue, locale: TLocale): ValueRenderer => (name, value) => {
  if (name === "entity") return catalogue.entities[value as EntityKey];
  if (typeof value === "string" || typeof value === "number") return plainValue(locale)(name, value);
  if (Array.isArray(value)) {
    return new Intl.ListFormat(locale, { type: "conjunction" }).format(value.map((p: Part) => renderPart(catalogue, locale, p)));
  }
  return renderPart(catalogue, locale, value as Part);
};

/** A problem's `detail`, its first letter raised ("{entity} was not found" → "Team was not found"). */
export function renderDetail(catalogue: ProblemCatalogue, locale: TLocale, detail: ProblemDetail): string {
  const m = detail as Message;
  const text = fill(locale, catalogue.details[detail.key], m.params, valueIn(catalogue, locale));
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** The problem's `title` for a status; statuses the catalogue does not name get the 500's. */
export function renderTitle(catalogue: ProblemCatalogue, status: number): string {
  return catalogue.titles[status as keyof ProblemCatalogue["titles"]] ?? catalogue.titles[500];
}
