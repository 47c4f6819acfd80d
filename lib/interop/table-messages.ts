// The words of the CSV/Excel import's own problems (cells, headers, files), in the two languages
// the app speaks; the record checks speak through zod's per-locale error map instead. Kept beside
// the importer rather than in lib/i18n/messages: they reach people inside an import report, which
// the server writes in the caller's language, not through the UI dictionaries.
import type { TLocale } from "@/lib/schemas/enums";

type Messages = {
  notOneOf: (allowed: string) => string;
  notTier: string;
  notBoolean: string;
  badMember: (entry: string) => string;
  required: string;
  unknownColumn: (known: string) => string;
  duplicateColumn: (first: string) => string;
  noIdentityColumn: (header: string) => string;
  emptyFile: string;
  notUtf8: string;
  unreadableCsv: (reason: string) => string;
  unreadableXlsx: string;
  formulaWithoutValue: string;
};

const en: Messages = {
  notOneOf: (allowed) => `Not a known value; use one of ${allowed} (or its label)`,
  notTier: "Tier must be 0, 1, 2 or 3",
  notBoolean: "Use yes or no (true/false, 是/否)",
  badMember: (entry) => `"${entry}" is not an email, optionally followed by (lead)`,
  required: "Required",
  unknownColumn: (known) => `Unknown column, not imported. Known columns: ${known}`,
  duplicateColumn: (first) => `Same column as "${first}": only the first one is read`,
  noIdentityColumn: (header) => `The file has no "${header}" column, so no row can be matched`,
  emptyFile: "The file has no header row",
  notUtf8: "The file is not UTF-8 text (saved as GBK or another code page?). Save it as \"CSV UTF-8\" and upload it again",
  unreadableCsv: (reason) => `Not readable as CSV: ${reason}`,
  unreadableXlsx: "Not readable as an Excel workbook (.xlsx)",
  formulaWithoutValue: "A formula without a computed value: open and save the file in Excel, or type the value",
};

const zh: Messages = {
  notOneOf: (allowed) => `无法识别的值；请使用 ${allowed} 之一（或其中文名称）`,
  notTier: "重要等级须为 0、1、2 或 3",
  notBoolean: "请填写 是 或 否（yes/no、true/false）",
  badMember: (entry) => `“${entry}”不是邮箱（可在其后加 (负责人)）`,
  required: "必填",
  unknownColumn: (known) => `无法识别的列，未导入。可用的列：${known}`,
  duplicateColumn: (first) => `与“${first}”是同一列：只读取第一列`,
  noIdentityColumn: (header) => `文件中没有“${header}”列，无法匹配任何一行`,
  emptyFile: "文件没有表头行",
  notUtf8: "文件不是 UTF-8 文本（可能是 GBK 等编码）。请另存为“CSV UTF-8”后重新上传",
  unreadableCsv: (reason) => `无法按 CSV 读取：${reason}`,
  unreadableXlsx: "无法按 Excel 工作簿 (.xlsx) 读取",
  formulaWithoutValue: "公式没有计算结果：请在 Excel 中打开并保存，或直接填写值",
};

export const tableMessages = (locale: TLocale): Messages => (locale === "zh-CN" ? zh : en);
