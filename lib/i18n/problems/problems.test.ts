import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/schemas/enums";
import { PROBLEMS } from "./index";
import { en } from "./en";
import { renderDetail, renderFieldMessage, renderTitle } from "./render";
import type { FieldMessage, Part, ProblemDetail, Template } from "./types";

const texts = (t: Template) => (typeof t === "string" ? [t] : [t.one, t.other]);
const placeholders = (t: Template) => new Set(texts(t).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));

/** Params for a template from its English placeholders: an entity, a count, or data. */
const sampleParams = (t: Template) =>
  Object.fromEntries([...placeholders(t)].map((name) => [name, name === "entity" ? "team" : name === "count" ? 2 : `<${name}>`]));

const SECTIONS = ["titles", "entities", "details", "parts", "fields"] as const;

describe("the problem catalogues", () => {
  it("have the same keys in every locale", () => {
    for (const locale of LOCALES) {
      for (const section of SECTIONS) {
        expect(Object.keys(PROBLEMS[locale][section]).sort(), `${locale} ${section}`).toEqual(Object.keys(en[section]).sort());
      }
    }
  });

  it("use the same placeholders as English in every template", () => {
    for (const locale of LOCALES) {
      for (const section of ["details", "parts", "fields"] as const) {
        for (const [key, template] of Object.entries(en[section])) {
          const theirs = (PROBLEMS[locale][section] as Record<string, Template>)[key];
          expect([...placeholders(theirs)].sort(), `${locale} ${section}.${key}`).toEqual([...placeholders(template)].sort());
        }
      }
    }
  });

  it("render every detail and field message in every locale, with nothing left unfilled", () => {
    for (const locale of LOCALES) {
      const catalogue = PROBLEMS[locale];
      for (const [key, template] of Object.entries(en.details)) {
        const text = renderDetail(catalogue, locale, { key, params: sampleParams(template) } as ProblemDetail);
        expect(text, `${locale} details.${key}`).not.toMatch(/\{\w+\}|^\s*$/);
      }
      for (const [key, template] of Object.entries(en.fields)) {
        const text = renderFieldMessage(catalogue.fields, locale, { key, params: sampleParams(template) } as FieldMessage);
        expect(text, `${locale} fields.${key}`).not.toMatch(/\{\w+\}|^\s*$/);
      }
      for (const status of Object.keys(en.titles)) expect(renderTitle(catalogue, Number(status))).not.toBe("");
    }
  });

  it("says everything in Chinese in zh-CN (only the bare record key is data)", () => {
    const zh = PROBLEMS["zh-CN"];
    for (const [key, template] of Object.entries(en.fields)) {
      if (key === "recordKey") continue;
      expect(renderFieldMessage(zh.fields, "zh-CN", { key, params: sampleParams(template) } as FieldMessage), key).toMatch(/\p{Script=Han}/u);
    }
    for (const [key, template] of Object.entries(en.details)) {
      expect(renderDetail(zh, "zh-CN", { key, params: sampleParams(template) } as ProblemDetail), key).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe("rendering", () => {
  const owned: Part[] = [
    { key: "systemReferences", params: { count: 1, keys: "crm" } },
    { key: "interfaceReferences", params: { count: 25, keys: { key: "keysAndMore", params: { keys: "a, b", count: 23 } } } },
  ];
  const detail: ProblemDetail = { key: "teamStillOwns", params: { team: "sales", owned } };

  it("names entities in the locale's words and raises a detail's first letter", () => {
    expect(renderDetail(PROBLEMS.en, "en", { key: "notFound", params: { entity: "view" } })).toBe("Saved view was not found");
    expect(renderDetail(PROBLEMS["zh-CN"], "zh-CN", { key: "notFound", params: { entity: "team" } })).toBe("团队不存在");
    expect(renderDetail(PROBLEMS.en, "en", { key: "staleVersion", params: { entity: "system" } })).toMatch(/^This system was changed/);
  });

  it("picks count forms, fills parts and lists them as the locale does", () => {
    expect(renderDetail(PROBLEMS.en, "en", detail)).toBe("Team sales still owns 1 system: crm and 25 interfaces: a, b and 23 more; reassign them first");
    expect(renderDetail(PROBLEMS["zh-CN"], "zh-CN", detail)).toBe("团队 sales 仍负责 1 个系统：crm和25 个接口：a, b 等，另有 23 个；请先重新指定负责团队");
  });

  it("writes numbers as the locale does", () => {
    expect(renderFieldMessage(PROBLEMS.en.fields, "en", { key: "atMostNodes", params: { max: 2000 } })).toBe("at most 2,000 nodes");
  });
});
