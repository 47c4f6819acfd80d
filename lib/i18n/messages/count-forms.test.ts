// Every counted phrase of both dictionaries: in { one, other } forms that keep the count, and no
// plain text that puts a count before a noun (which reads "1 systems" for one).
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./index";

type Leaf = { path: string; value: unknown };

function leaves(node: unknown, path = ""): Leaf[] {
  if (typeof node === "string") return [{ path, value: node }];
  if (Array.isArray(node)) return node.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (node && typeof node === "object") {
    const keys = Object.keys(node).sort();
    if (keys.join() === "one,other") return [{ path, value: node }];
    return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [];
}

const isForms = (v: unknown): v is { one: string; other: string } => typeof v === "object" && v !== null && "one" in v;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

// Placeholders that hold words (names, dates, lists), not counts.
const WORDS = new Set(["name", "title", "label", "team", "teams", "date", "role", "record", "person", "reason", "fields", "system", "address", "actor", "at", "tier", "values", "id", "systems", "interfaces", "totalSystems", "totalInterfaces", "gaps"]);
const NOUN = /^(systems?|interfaces?|teams?|records?|hops?|days?|changes?|groups?|pairs?|findings?|ownerships?|members?|rules?|people|persons?)\b/;

describe("counted phrases in the dictionaries", () => {
  for (const [locale, messages] of Object.entries(MESSAGES)) {
    const forms = leaves(messages).filter((l) => isForms(l.value));

    it(`${locale}: every { one, other } keeps the count and the same placeholders in both forms`, () => {
      expect(forms.length).toBeGreaterThan(30);
      for (const { path, value } of forms) {
        if (!isForms(value)) continue;
        expect(value.one, path).toContain("{count}");
        expect(value.other, path).toContain("{count}");
        expect(placeholders(value.one), path).toEqual(placeholders(value.other));
      }
    });

  }

  // English nouns change with the count; Chinese ones do not (measure words stay as they are).
  it("en: no plain text puts a counted placeholder before a noun", () => {
    const offenders = leaves(MESSAGES.en).flatMap(({ path, value }) => {
      if (typeof value !== "string") return [];
      return [...value.matchAll(/\{(\w+)\}\s*((?:\S+\s+){0,3}\S+)?/g)]
        .filter((x) => !WORDS.has(x[1]) && (x[2] ?? "").split(/\s+/).some((w) => NOUN.test(w)))
        .map(() => `${path}: ${value}`);
    });
    expect(offenders).toEqual([]);
  });

  it("zh-CN: one and other are the same text (Chinese has only the other form)", () => {
    for (const { path, value } of leaves(MESSAGES["zh-CN"])) if (isForms(value)) expect(value.one, path).toBe(value.other);
  });
});
