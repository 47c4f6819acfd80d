import { describe, expect, it } from "vitest";
import { readTableRecords, type TTableRow } from "./table-records";

const sheet = (...lines: string[][]): TTableRow[] => lines.map((cells, i) => ({ line: i + 1, cells }));

describe("readTableRecords", () => {
  it("turns rows into records with their origin, skipping blank and # rows", () => {
    const { records, problems } = readTableRecords({
      entity: "systems",
      file: "systems.csv",
      locale: "en",
      rows: sheet(
        [],
        ["Key", "Name", "Kind", "Layer", "Tier", "Tags", "Vendor", "Third party", "Technical owner"],
        ["#example", "Example", "xx", "", "", "", "", "", ""],
        ["erp", "ERP", "业务应用", "Business logic", "0", "core; finance", "", "是", " Ann@Example.com "],
        ["", "", "", "", "", "", "", "", ""],
        ["'=crm", "'=1+2", "SAAS", "DATA", "3", "", "Salesforce", "no", ""],
      ),
    });
    expect(records.systems).toEqual([
      {
        key: "erp", name: "ERP", kind: "BUSINESS_APP", layer: "BUSINESS", tier: 0, tags: ["core", "finance"], vendor: null,
        isThirdParty: true, technicalOwner: "ann@example.com", origin: { file: "systems.csv", line: 4 },
      },
    ]);
    // The formula guard came off before validation: "=crm" is not a key.
    expect(problems).toEqual([
      { entity: "systems", key: "=crm", field: "Key", message: expect.any(String), file: "systems.csv", line: 6 },
    ]);
  });

  it("reports every bad cell of a row with its row and column as written, and leaves the row out", () => {
    const { records, problems } = readTableRecords({
      entity: "interfaces",
      file: "i.csv",
      locale: "en",
      rows: sheet(
        ["键", "Style", "tier", "Contract"],
        ["a-to-b", "carrier pigeon", "9", "ftp://x"],
        ["b-to-c", "REST", "1", "https://x.example/openapi.yaml"],
        ["", "REST", "", ""],
      ),
    });
    expect(records.interfaces).toEqual([
      { key: "b-to-c", style: "REST", tier: 1, contractUrl: "https://x.example/openapi.yaml", origin: { file: "i.csv", line: 3 } },
    ]);
    expect(problems.map((p) => [p.line, p.key, p.field])).toEqual([
      [2, "a-to-b", "Style"],
      [2, "a-to-b", "tier"],
      [2, "a-to-b", "Contract"],
      [4, null, "键"],
    ]);
  });

  it("checks the record as the bulk API does (URL, email), naming the column", () => {
    const { records, problems } = readTableRecords({
      entity: "teams",
      file: "t.xlsx",
      locale: "en",
      rows: sheet(["Key", "Contact email", "Members"], ["ops", "not-an-email", "a@x.com (lead); nope"]),
    });
    expect(records.teams).toEqual([]);
    expect(problems.map((p) => p.field).sort()).toEqual(["Contact email", "Members"]);
  });

  it("reads no rows without the identity column, and says why once", () => {
    const { records, problems } = readTableRecords({
      entity: "people", file: "p.csv", locale: "zh-CN", rows: sheet(["姓名", "Shoe size"], ["Ann", "38"]),
    });
    expect(records.people).toEqual([]);
    expect(problems.map((p) => p.field)).toEqual(["Shoe size", null]);
  });

  it("says when the file has no header at all", () => {
    const { problems } = readTableRecords({ entity: "people", file: "p.csv", locale: "en", rows: sheet([""], []) });
    expect(problems).toMatchObject([{ line: null, message: "The file has no header row" }]);
  });
});

describe("readTableRecords: a row's whole report", () => {
  it("lists a refused cell and the record's own problems together, each column once", () => {
    const { records, problems } = readTableRecords({
      entity: "systems",
      file: "s.csv",
      locale: "en",
      rows: sheet(["Key", "Tier", "Technical owner", "Documentation"], ["erp", "7", "not-an-email", "ftp://x"]),
    });
    expect(records.systems).toEqual([]);
    expect(problems.map((p) => p.field)).toEqual(["Tier", "Technical owner", "Documentation"]);
  });
});
