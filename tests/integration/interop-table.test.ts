// CSV and Excel import and export (issue 12, TABLE) against the running server: every entity
// round-trips in both formats (export → import changes nothing; one edited cell is one update),
// bad rows get a per-row report in both modes, Chinese headers and labels import, formula-looking
// text is guarded in CSV and plain text in xlsx, and the template's example row is skipped.
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, as, uniqueKey, type ApiClient } from "./helpers/client";
import { queryDb } from "./helpers/db";

const ENTITIES = ["teams", "people", "systems", "interfaces"] as const;
type Entity = (typeof ENTITIES)[number];
type Format = "csv" | "xlsx";

let eng: ApiClient;
let team: string;
let provider: { id: string; key: string };
let consumer: { id: string; key: string };

/** A download's bytes (the JSON client would read an xlsx as text). */
async function download(path: string): Promise<{ status: number; type: string; bytes: Buffer }> {
  const res = await fetch(BASE_URL + path, { headers: { cookie: eng.cookieHeader() } });
  return { status: res.status, type: res.headers.get("content-type") ?? "", bytes: Buffer.from(await res.arrayBuffer()) };
}

const exportOf = (entity: Entity, format: Format, lang = "en") => download(`/api/v1/export/table?entity=${entity}&format=${format}&lang=${lang}`);

function importFile(o: { entity: Entity; format: Format; bytes?: Buffer; text?: string; mode?: string; dryRun?: boolean }) {
  return eng.post("/api/v1/import/table", {
    entity: o.entity,
    format: o.format,
    fileName: `${o.entity}.${o.format}`,
    ...(o.text !== undefined ? { text: o.text } : { base64: o.bytes!.toString("base64") }),
    mode: o.mode ?? "all-or-nothing",
    dryRun: o.dryRun ?? false,
  });
}

const csvRows = (bytes: Buffer): string[][] => parse(bytes.toString("utf8"), { bom: true, relax_column_count: true });
const toCsvText = (rows: string[][]) =>
  rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n");

async function sheetOf(bytes: Buffer): Promise<{ book: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return { book, ws: book.worksheets[0] };
}

beforeAll(async () => {
  eng = await as("ENGINEER");
  team = (await eng.post("/api/v1/teams", { key: uniqueKey("tbl-team"), name: "Table team" })).body.key;
  const sys = async (over: Record<string, unknown> = {}) => {
    const res = await eng.post("/api/v1/systems", { key: uniqueKey("tbl-sys"), name: "Table system", kind: "BUSINESS_APP", layer: "BUSINESS", ...over });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; key: string };
  };
  // Text a spreadsheet would run as a formula, and a list, so the round trips carry them.
  provider = await sys({ name: "=1+2", description: "@SUM(A1)\nsecond line", tags: ["pci", "eu"], vendor: "-Acme" });
  consumer = await sys({ name: "Consumer 消费方" });
  const res = await eng.post("/api/v1/interfaces", {
    key: uniqueKey("tbl-if"), name: "Table interface", style: "REST", mode: "SYNC", providerSystemId: provider.id, consumerSystemId: consumer.id,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
});

describe("export → import round trip", () => {
  it.each(ENTITIES.flatMap((e) => [[e, "csv"], [e, "xlsx"]] as [Entity, Format][]))("%s as %s re-imports unchanged", async (entity, format) => {
    const file = await exportOf(entity, format, format === "xlsx" ? "zh-CN" : "en");
    expect(file.status).toBe(200);
    const res = await importFile({ entity, format, bytes: file.bytes });
    expect(res.status, JSON.stringify(res.body).slice(0, 2000)).toBe(200);
    expect(res.body.problems).toEqual([]);
    const changed = res.body.changes.filter((c: { action: string }) => c.action !== "unchanged");
    expect(changed).toEqual([]);
    expect(res.body.changes.length).toBeGreaterThan(0);
    expect(res.body.batchId).toBeNull();
  });

  it("CSV: one edited cell is one update", async () => {
    const rows = csvRows((await exportOf("systems", "csv")).bytes);
    const row = rows.find((r) => r[0] === consumer.key)!;
    row[rows[0].indexOf("Name")] = "Renamed in a spreadsheet";
    const res = await importFile({ entity: "systems", format: "csv", text: toCsvText(rows) });
    expect(res.status).toBe(200);
    expect(res.body.counts.systems).toMatchObject({ update: 1, create: 0, invalid: 0 });
    expect(res.body.changes.filter((c: { action: string }) => c.action === "update")).toMatchObject([{ key: consumer.key }]);
    expect((await eng.get(`/api/v1/systems/${consumer.id}`)).body.name).toBe("Renamed in a spreadsheet");
  });

  it("xlsx: one edited cell is one update", async () => {
    const { book, ws } = await sheetOf((await exportOf("systems", "xlsx")).bytes);
    ws.eachRow((row) => {
      if (row.getCell(1).value === consumer.key) row.getCell(6).value = "Tier 0 · business stops"; // 重要等级, by its label
    });
    const res = await importFile({ entity: "systems", format: "xlsx", bytes: Buffer.from(await book.xlsx.writeBuffer()) });
    expect(res.status).toBe(200);
    expect(res.body.counts.systems).toMatchObject({ update: 1, create: 0 });
    expect((await eng.get(`/api/v1/systems/${consumer.id}`)).body.tier).toBe(0);
  });
});

describe("formula injection", () => {
  it("CSV guards text that would run with a ', xlsx keeps it a string cell, and both re-import it as it was", async () => {
    const csv = (await exportOf("systems", "csv")).bytes.toString("utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const line = csv.split("\r\n").find((l) => l.startsWith(`${provider.key},`))!;
    expect(line).toContain(",'=1+2,");
    expect(line).toContain('"\'@SUM(A1)\nsecond line"');
    expect(line).toContain(",'-Acme,");

    const { ws } = await sheetOf((await exportOf("systems", "xlsx")).bytes);
    let cell: ExcelJS.Cell | undefined;
    ws.eachRow((row) => {
      if (row.getCell(1).value === provider.key) cell = row.getCell(2);
    });
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe("=1+2");
    const system = (await eng.get(`/api/v1/systems/${provider.id}`)).body;
    expect([system.name, system.description, system.vendor]).toEqual(["=1+2", "@SUM(A1)\nsecond line", "-Acme"]);
  });
});

describe("a file with bad rows", () => {
  const file = (good: string) =>
    [
      "Key,Name,Kind,Layer,Tier,Technical owner",
      `${good},Good row,BUSINESS_APP,BUSINESS,1,`,
      `${uniqueKey("tbl-bad")},Bad kind,Mainframe,BUSINESS,1,`,
      `${uniqueKey("tbl-bad")},Bad tier and owner,SAAS,DATA,7,not-an-email`,
      `Not A Key,Bad key,SAAS,DATA,2,`,
    ].join("\n");

  it("all-or-nothing: reports row, column and message, and writes nothing", async () => {
    const good = uniqueKey("tbl-good");
    const res = await importFile({ entity: "systems", format: "csv", text: file(good) });
    expect(res.status).toBe(200);
    expect(res.body.applied).toBe(false);
    expect(res.body.problems.map((p: { line: number; field: string; file: string }) => [p.line, p.field, p.file])).toEqual([
      [3, "Kind", "systems.csv"],
      [4, "Tier", "systems.csv"],
      [4, "Technical owner", "systems.csv"],
      [5, "Key", "systems.csv"],
    ]);
    for (const p of res.body.problems) expect(p.message.length).toBeGreaterThan(3);
    expect((await eng.get(`/api/v1/systems/${good}`)).status).toBe(404);
  });

  it("accept-valid: writes the valid row and reports the others", async () => {
    const good = uniqueKey("tbl-good");
    const res = await importFile({ entity: "systems", format: "csv", text: file(good), mode: "accept-valid" });
    expect(res.status).toBe(200);
    expect(res.body.applied).toBe(true);
    expect(res.body.problems).toHaveLength(4);
    expect(res.body.counts.systems.create).toBe(1);
    expect((await eng.get(`/api/v1/systems/${good}`)).body).toMatchObject({ name: "Good row", tier: 1 });
  });
});

describe("the engine's own problems", () => {
  it("name the column as written in the file, with its row", async () => {
    const key = uniqueKey("tbl-orphan");
    const text = ["标识,名称,类型,架构层,所属团队", `${key},Orphan,SAAS,DATA,no-such-team-${key}`].join("\n");
    const res = await importFile({ entity: "systems", format: "csv", text });
    expect(res.status).toBe(200);
    expect(res.body.applied).toBe(false);
    expect(res.body.problems).toMatchObject([{ entity: "systems", key, field: "所属团队", line: 2, file: "systems.csv" }]);
  });
});

describe("Chinese", () => {
  it("imports Chinese headers and labels, with ; lists and 是/否, from a ;-separated file", async () => {
    const key = uniqueKey("tbl-zh");
    const text = ["标识;名称;类型;架构层;重要等级;生命周期;第三方;标签;所属团队", `${key};订单服务;业务应用;数据层;1 级 · 关键;运行中;是;订单；支付;${team}`].join("\n");
    const res = await importFile({ entity: "systems", format: "csv", text });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.problems).toEqual([]);
    const system = (await eng.get(`/api/v1/systems/${key}`)).body;
    expect(system).toMatchObject({ name: "订单服务", kind: "BUSINESS_APP", layer: "DATA", tier: 1, lifecycle: "ACTIVE", isThirdParty: true, tags: ["订单", "支付"] });
  });

  it("writes Chinese headers for lang=zh-CN", async () => {
    const header = csvRows((await exportOf("teams", "csv", "zh-CN")).bytes)[0];
    expect(header).toEqual(["标识", "名称", "描述", "联系邮箱", "聊天频道", "值班", "上级团队", "成员", "来源引用"]);
  });

  it("says a GBK file is not UTF-8", async () => {
    const gbk = Buffer.from([0xb1, 0xea, 0xca, 0xb6, 0x0a, 0xb6, 0xa9, 0xb5, 0xa5]); // 标识 / 订单
    const res = await importFile({ entity: "systems", format: "csv", bytes: gbk });
    expect(res.status).toBe(200);
    expect(res.body.applied).toBe(false);
    expect(res.body.problems).toMatchObject([{ field: null, file: "systems.csv", message: expect.stringContaining("UTF-8") }]);
  });
});

describe("template", () => {
  it.each([["csv"], ["xlsx"]] as [Format][])("%s: header and an example row that the import skips", async (format) => {
    const file = await download(`/api/v1/import/template?entity=interfaces&format=${format}`);
    expect(file.status).toBe(200);
    expect(file.type).toContain(format === "csv" ? "text/csv" : "spreadsheetml");
    const res = await importFile({ entity: "interfaces", format, bytes: file.bytes });
    expect(res.status).toBe(200);
    expect(res.body.problems).toEqual([]);
    expect(res.body.changes).toEqual([]);
    expect(await queryDb(`SELECT 1 FROM "Interface" WHERE key = 'orders-to-billing'`)).toEqual([]);
  });

  it("refuses a body without the file, and an xlsx sent as text", async () => {
    const none = await eng.post("/api/v1/import/table", { entity: "systems", format: "csv", fileName: "x.csv" });
    expect(none.status).toBe(422);
    expect(none.body.errors.map((e: { path: string }) => e.path)).toEqual(["text"]);
    const xlsxText = await eng.post("/api/v1/import/table", { entity: "systems", format: "xlsx", fileName: "x.xlsx", text: "a" });
    expect(xlsxText.status).toBe(422);
    expect(xlsxText.body.errors.map((e: { path: string }) => e.path)).toEqual(["base64"]);
  });
});
