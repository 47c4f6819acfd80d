// The report speaks the caller's language: the importer's own words and zod's, through the
// server's per-locale error maps (which are only consulted for rows that failed).
import { describe, expect, it } from "vitest";
import { readTableRecords } from "@/lib/interop/table-records";
import { SCHEMA_ERROR_MAPS } from "@/server/http/schema-error-maps";

const rows = [
  { line: 1, cells: ["标识", "技术负责人", "重要等级"] },
  { line: 2, cells: ["Bad Key", "not-an-email", "9"] },
];

describe("problems in the caller's language", () => {
  it.each([
    ["en", /Tier must be/, /lowercase letters/],
    ["zh-CN", /重要等级须为/, /小写字母/],
  ] as const)("%s", (locale, tier, key) => {
    const { problems } = readTableRecords({ entity: "systems", file: "s.csv", rows, locale, errorMap: SCHEMA_ERROR_MAPS[locale] });
    expect(problems.map((p) => p.field)).toEqual(["重要等级", "标识", "技术负责人"]);
    expect(problems[0].message).toMatch(tier);
    expect(problems[1].message).toMatch(key);
  });
});
