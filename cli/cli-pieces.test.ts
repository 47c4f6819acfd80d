import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TImportResult } from "@/lib/schemas/interop";
import { EXIT, exitForStatus } from "./exit-codes";
import { commonFolder } from "./read-inputs";
import { countsTable, exitForResult, humanReport } from "./report";

const zero = { create: 0, update: 0, unchanged: 0, delete: 0, invalid: 0 };
const result = (o: Partial<TImportResult> = {}): TImportResult => ({
  batchId: null, dryRun: true, mode: "all-or-nothing", applied: false,
  counts: { teams: { ...zero }, people: { ...zero }, systems: { ...zero, unchanged: 3 }, interfaces: { ...zero } },
  changes: [], problems: [], ...o,
});

describe("the CLI's pieces", () => {
  it("maps HTTP refusals to exit codes", () => {
    expect([401, 403, 413, 400, 422, 404, 409, 500, 503].map(exitForStatus)).toEqual([3, 3, 1, 2, 2, 4, 4, 4, 4]);
  });

  it("exits 0 for nothing to change, 5 only with --exit-code when a dry run would write, 2 for problems", () => {
    expect(exitForResult(result(), { exitCode: true })).toBe(EXIT.OK);
    const changing = result({ counts: { ...result().counts, systems: { ...zero, update: 1 } } });
    expect(exitForResult(changing, {})).toBe(EXIT.OK);
    expect(exitForResult(changing, { exitCode: true })).toBe(EXIT.CHANGES);
    const problem = { entity: "systems", key: "x", field: null, message: "bad", file: "a.yaml", line: 3 };
    expect(exitForResult(result({ problems: [problem] }), { exitCode: true })).toBe(EXIT.PROBLEMS);
    expect(exitForResult(result({ dryRun: false, applied: false }), {})).toBe(EXIT.PROBLEMS);
    expect(exitForResult(result({ dryRun: false, applied: true }), {})).toBe(EXIT.OK);
  });

  it("prints counts as an aligned table and problems with file:line", () => {
    expect(countsTable(result()).split("\n")).toEqual([
      "            create  update  unchanged  delete  invalid",
      "teams            0       0          0       0        0",
      "people           0       0          0       0        0",
      "systems          0       0          3       0        0",
      "interfaces       0       0          0       0        0",
    ]);
    const text = humanReport("Import", result({ problems: [{ entity: "API", key: "petstore", field: "spec.owner", message: "no such group", file: "apis/petstore.yaml", line: 7 }] }));
    expect(text).toContain("dry run, nothing written");
    expect(text).toContain("apis/petstore.yaml:7  API petstore · spec.owner: no such group");
  });

  it("names uploaded files relative to their common folder", () => {
    const r = (p: string) => path.resolve(p);
    expect(commonFolder([r("/a/b/c/x.yaml"), r("/a/b/d/y.yaml"), r("/a/b/z.yaml")])).toBe(r("/a/b"));
    expect(commonFolder([r("/a/b/x.yaml")])).toBe(r("/a/b"));
    expect(commonFolder([r("/a/x.yaml"), r("/b/y.yaml")])).toBe(path.sep);
  });
});
