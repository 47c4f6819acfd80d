// The columns of the CSV and Excel import, export and template (issue 12), per entity: one list
// read by the importer, the exporter and the UI, so a file Junction writes is a file it reads.
// Headers are the words the UI already uses (lib/i18n/messages) in English and Chinese; a header
// also matches by its id (e.g. `technicalOwner`) and by a few aliases people write by hand.
import { AUTH_METHODS, INTERFACE_MODES, INTERFACE_STYLES, LAYERS, LIFECYCLES, SYSTEM_KINDS } from "@/lib/schemas/enums";
import type { TImportEntity } from "@/lib/schemas/interop";

/** Enum dictionaries of lib/i18n/messages/<locale>/enums.ts whose labels a cell may use instead of the code. */
export type TEnumName = "SystemKind" | "Layer" | "Lifecycle" | "InterfaceStyle" | "InterfaceMode" | "AuthMethod";

/**
 * How a cell becomes a value. `empty` says what an empty cell in a present column means: `omit`
 * (keep what is stored, or the default on create), `null` (clear an optional field), `blank`
 * (an empty text) or `list` (an empty list).
 */
export type TCellKind =
  | { type: "text"; empty: "omit" | "null" }
  | { type: "multiline" }
  | { type: "enum"; values: readonly string[]; labels: TEnumName }
  | { type: "tier" }
  | { type: "boolean" }
  | { type: "list" }
  | { type: "members" };

export type TTableColumn = {
  /** The record field (lib/schemas/interop.ts), also accepted as a header. */
  id: string;
  en: string;
  zh: string;
  aliases?: readonly string[];
  kind: TCellKind;
};

const text = (empty: "omit" | "null" = "null"): TCellKind => ({ type: "text", empty });
const enumOf = (values: readonly string[], labels: TEnumName): TCellKind => ({ type: "enum", values, labels });

const KEY: TTableColumn = { id: "key", en: "Key", zh: "标识", aliases: ["编码", "键"], kind: text("omit") };
const NAME: TTableColumn = { id: "name", en: "Name", zh: "名称", kind: text("omit") };
const DESCRIPTION: TTableColumn = { id: "description", en: "Description", zh: "描述", kind: { type: "multiline" } };
const TIER: TTableColumn = { id: "tier", en: "Tier", zh: "重要等级", aliases: ["等级"], kind: { type: "tier" } };
const LIFECYCLE: TTableColumn = { id: "lifecycle", en: "Lifecycle", zh: "生命周期", kind: enumOf(LIFECYCLES, "Lifecycle") };
const TEAM: TTableColumn = { id: "team", en: "Team", zh: "团队", aliases: ["所属团队", "owning team"], kind: text() };
const TECHNICAL_OWNER: TTableColumn = { id: "technicalOwner", en: "Technical owner", zh: "技术负责人", kind: text() };
// A sourceRef cannot be cleared (a re-import finds the record by it), so an empty cell keeps it.
const SOURCE_REF: TTableColumn = { id: "sourceRef", en: "Source ref", zh: "来源引用", aliases: ["source"], kind: text("omit") };

export const TABLE_COLUMNS: Record<TImportEntity, readonly TTableColumn[]> = {
  systems: [
    KEY, NAME, DESCRIPTION,
    { id: "kind", en: "Kind", zh: "类型", aliases: ["系统类型"], kind: enumOf(SYSTEM_KINDS, "SystemKind") },
    { id: "layer", en: "Layer", zh: "架构层", aliases: ["层级"], kind: enumOf(LAYERS, "Layer") },
    TIER, LIFECYCLE,
    { id: "vendor", en: "Vendor", zh: "供应商", kind: text() },
    { id: "isThirdParty", en: "Third party", zh: "第三方", kind: { type: "boolean" } },
    TEAM, TECHNICAL_OWNER,
    { id: "businessOwner", en: "Business owner", zh: "业务负责人", kind: text() },
    { id: "tags", en: "Tags", zh: "标签", kind: { type: "list" } },
    { id: "domain", en: "Domain", zh: "业务域", kind: text() },
    { id: "grouping", en: "Grouping", zh: "系统分组", aliases: ["分组"], kind: text() },
    { id: "docsUrl", en: "Documentation", zh: "文档", aliases: ["docs url"], kind: text() },
    { id: "repoUrl", en: "Repository", zh: "代码仓库", aliases: ["repository url"], kind: text() },
    { id: "runbookUrl", en: "Runbook", zh: "运维手册", aliases: ["runbook url"], kind: text() },
    { id: "monitoringUrl", en: "Monitoring dashboard", zh: "监控看板", aliases: ["monitoring url"], kind: text() },
    SOURCE_REF,
  ],
  interfaces: [
    KEY, NAME, DESCRIPTION,
    { id: "style", en: "Style", zh: "接口类型", kind: enumOf(INTERFACE_STYLES, "InterfaceStyle") },
    { id: "mode", en: "Mode", zh: "调用方式", kind: enumOf(INTERFACE_MODES, "InterfaceMode") },
    { id: "provider", en: "Provider", zh: "提供方", kind: text("omit") },
    { id: "consumer", en: "Consumer", zh: "消费方", kind: text("omit") },
    { id: "via", en: "Via (broker)", zh: "经由（中间件）", aliases: ["via", "经由"], kind: text() },
    { id: "endpoint", en: "Endpoint", zh: "端点", kind: text() },
    { id: "dataObjects", en: "Data objects", zh: "数据对象", kind: { type: "list" } },
    { id: "authMethod", en: "Authentication", zh: "认证方式", kind: enumOf(AUTH_METHODS, "AuthMethod") },
    TIER, LIFECYCLE, TEAM, TECHNICAL_OWNER,
    { id: "contractUrl", en: "Contract", zh: "接口契约", aliases: ["contract url"], kind: text() },
    SOURCE_REF,
  ],
  teams: [
    KEY, NAME, DESCRIPTION,
    { id: "contactEmail", en: "Contact email", zh: "联系邮箱", kind: text() },
    { id: "chatChannel", en: "Chat channel", zh: "聊天频道", kind: text() },
    { id: "onCall", en: "On-call", zh: "值班", kind: text() },
    { id: "parent", en: "Parent team", zh: "上级团队", aliases: ["parent"], kind: text() },
    { id: "members", en: "Members", zh: "成员", kind: { type: "members" } },
    SOURCE_REF,
  ],
  people: [
    { id: "email", en: "Email", zh: "邮箱", aliases: ["e-mail", "电子邮箱"], kind: text("omit") },
    { id: "name", en: "Name", zh: "姓名", aliases: ["名称"], kind: text("omit") },
    { id: "active", en: "Active", zh: "启用", aliases: ["状态"], kind: { type: "boolean" } },
    SOURCE_REF,
  ],
};

/** The column that names a record: without it a row cannot be matched, created or reported. */
export const identityColumn = (entity: TImportEntity): TTableColumn => TABLE_COLUMNS[entity][0];

/** The file's header for a column in a language. */
export const columnHeader = (column: TTableColumn, lang: "en" | "zh-CN") => (lang === "zh-CN" ? column.zh : column.en);

/** A sheet's name per entity and language: the importer also looks for the sheet by these. */
export const SHEET_NAMES: Record<TImportEntity, { en: string; zh: string }> = {
  systems: { en: "systems", zh: "系统" },
  interfaces: { en: "interfaces", zh: "接口" },
  teams: { en: "teams", zh: "团队" },
  people: { en: "people", zh: "人员" },
};
