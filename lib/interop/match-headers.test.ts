import { describe, expect, it } from "vitest";
import { matchHeaders } from "./match-headers";

const match = (header: string[], locale: "en" | "zh-CN" = "en") =>
  matchHeaders({ entity: "systems", header, file: "s.csv", line: 1, locale });

describe("matchHeaders", () => {
  it("matches English, Chinese, ids and aliases, case-insensitively, trimmed, in any order", () => {
    const { found, problems } = match(["  TECHNICAL owner ", "标识", "kind", "所属团队", "Docs URL", "\uFEFFName"]);
    expect(problems).toEqual([]);
    expect(found.map((f) => [f.column.id, f.index, f.header])).toEqual([
      ["technicalOwner", 0, "TECHNICAL owner"],
      ["key", 1, "标识"],
      ["kind", 2, "kind"],
      ["team", 3, "所属团队"],
      ["docsUrl", 4, "Docs URL"],
      ["name", 5, "Name"],
    ]);
  });

  it("reports an unknown column once, on the header row, and ignores empty header cells", () => {
    const { found, problems } = match(["Key", "Colour", "", "  "]);
    expect(found.map((f) => f.column.id)).toEqual(["key"]);
    expect(problems).toEqual([
      { entity: "systems", key: null, field: "Colour", message: expect.stringContaining("Unknown column"), file: "s.csv", line: 1 },
    ]);
  });

  it("reads a repeated column once and says so", () => {
    const { found, problems } = match(["Key", "Team", "团队"]);
    expect(found.map((f) => f.header)).toEqual(["Key", "Team"]);
    expect(problems).toMatchObject([{ field: "团队", message: expect.stringContaining('"Team"') }]);
  });

  it("names the missing identity column in the caller's language", () => {
    expect(match(["Name"]).problems).toMatchObject([{ field: null, message: expect.stringContaining('"Key"') }]);
    expect(match(["名称"], "zh-CN").problems).toMatchObject([{ message: expect.stringContaining("“标识”") }]);
    expect(matchHeaders({ entity: "people", header: ["邮箱"], file: "p.csv", line: 1, locale: "en" }).problems).toEqual([]);
  });
});
