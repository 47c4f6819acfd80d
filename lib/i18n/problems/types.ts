// Types of the problem catalogue: its shape (from the English one) and the messages code may send,
// each a key with the params its English template names, so a wrong or missing param fails `tsc`.
import type { CountForms } from "@/lib/i18n/format";
import type { en } from "./en";

type English = typeof en;

/** A template: text, or the forms a count needs. */
export type Template = string | CountForms;

/** Every locale's catalogue has the English keys; the texts are the locale's own. */
export type ProblemCatalogue = {
  [S in keyof English]: { [K in keyof English[S]]: English[S][K] extends string ? string : CountForms };
};

export type EntityKey = keyof English["entities"];
export type ProblemSection = "details" | "parts" | "fields";

type TextOf<T> = T extends string ? T : T extends { one: infer O extends string; other: infer X extends string } ? O | X : never;
type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** `{entity}` names an entity of the catalogue; `{count}` is a number (it picks the form); the rest is data or parts. */
type ParamFor<P> = P extends "entity" ? EntityKey : P extends "count" ? number : ParamValue;

/** A value to fill in: data (a key, a count), a part rendered in the same locale, or parts listed ("a and b"). */
export type ParamValue = string | number | Part | readonly Part[];

type MessageOf<C> = {
  [K in keyof C & string]: [Placeholders<TextOf<C[K]>>] extends [never]
    ? { key: K; params?: undefined }
    : { key: K; params: { [P in Placeholders<TextOf<C[K]>>]: ParamFor<P> } };
}[keyof C & string];

/** The `detail` of a problem: `{ key: "notFound", params: { entity: "team" } }`. */
export type ProblemDetail = MessageOf<English["details"]>;
/** A piece of a detail, e.g. "3 interfaces: a, b, c". */
export type Part = MessageOf<English["parts"]>;
/** The `message` of a field error: `{ key: "unknownUser" }`. */
export type FieldMessage = MessageOf<English["fields"]>;
export type FieldKey = FieldMessage["key"];
