// One cell of a CSV/Excel row to a record's value, and back. Enums are read by code or by their
// English or Chinese label, tiers by digit or label, booleans as yes/no/是/否/true/false, lists
// split on `;` (or the full-width `；` a Chinese keyboard types), members as `email (lead)`.
// Export writes codes (stable across languages and releases) and the language's yes/no.
import { enums as enEnums } from "@/lib/i18n/messages/en/enums";
import { enums as zhEnums } from "@/lib/i18n/messages/zh-CN/enums";
import type { TLocale } from "@/lib/schemas/enums";
import type { TCellKind, TEnumName } from "./table-columns";
import { tableMessages } from "./table-messages";

export type TCellResult = { value: unknown } | { omit: true } | { error: string };

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

// Every way a value may be written → its code, per enum (built once, on first use).
const lookups = new Map<TEnumName | "Tier", Map<string, string>>();
function lookup(name: TEnumName | "Tier"): Map<string, string> {
  let map = lookups.get(name);
  if (!map) {
    map = new Map();
    const en = enEnums[name] as Record<string, string>;
    const zh = zhEnums[name] as Record<string, string>;
    for (const code of Object.keys(en)) {
      for (const written of [code, code.replace(/_/g, " "), code.replace(/_/g, "-"), en[code], zh[code]]) map.set(norm(written), code);
    }
    lookups.set(name, map);
  }
  return map;
}

const TRUE = new Set(["yes", "y", "true", "1", "是", "是的", "x"]);
const FALSE = new Set(["no", "n", "false", "0", "否", "不是"]);
const MEMBER = /^(.*?)\s*[(（]\s*([^()（）]*?)\s*[)）]$/;
const LEAD = new Set(["lead", "负责人"]);
const PLAIN_MEMBER = new Set(["member", "成员"]);

export const splitList = (cell: string) => cell.split(/[;；]/).map((s) => s.trim()).filter(Boolean);

/** A cell's text (already stripped of the export's formula guard) as the column's value. */
export function parseCell(kind: TCellKind, cell: string, locale: TLocale): TCellResult {
  const t = tableMessages(locale);
  const trimmed = cell.trim();
  if (kind.type === "multiline") return { value: cell };
  if (trimmed === "") {
    if (kind.type === "list" || kind.type === "members") return { value: [] };
    return kind.type === "text" && kind.empty === "null" ? { value: null } : { omit: true };
  }
  switch (kind.type) {
    case "text":
      return { value: trimmed };
    case "enum": {
      const code = lookup(kind.labels).get(norm(trimmed));
      return code ? { value: code } : { error: t.notOneOf(kind.values.join(", ")) };
    }
    case "tier": {
      const code = /^[0-3](\.0+)?$/.test(trimmed) ? trimmed[0] : lookup("Tier").get(norm(trimmed)) ?? /^(?:tier\s*)?([0-3])\s*级?$/i.exec(trimmed)?.[1];
      return code === undefined ? { error: t.notTier } : { value: Number(code) };
    }
    case "boolean": {
      const word = norm(trimmed);
      return TRUE.has(word) ? { value: true } : FALSE.has(word) ? { value: false } : { error: t.notBoolean };
    }
    case "list":
      return { value: splitList(trimmed) };
    case "members": {
      const members: { email: string; role: "LEAD" | "MEMBER" }[] = [];
      for (const entry of splitList(trimmed)) {
        const m = MEMBER.exec(entry);
        const role = m ? norm(m[2]) : "member";
        if (!LEAD.has(role) && !PLAIN_MEMBER.has(role)) return { error: t.badMember(entry) };
        members.push({ email: m ? m[1] : entry, role: LEAD.has(role) ? "LEAD" : "MEMBER" });
      }
      return { value: members };
    }
  }
}

/** A record's value as the column's cell: text, or a number for a tier. */
export function formatCell(kind: TCellKind, value: unknown, lang: TLocale): string | number {
  if (value === null || value === undefined) return "";
  switch (kind.type) {
    case "tier":
      return Number(value);
    case "boolean":
      return value ? (lang === "zh-CN" ? "是" : "yes") : lang === "zh-CN" ? "否" : "no";
    case "list":
      return (value as string[]).join("; ");
    case "members":
      return (value as { email: string; role: string }[])
        .map((m) => (m.role === "LEAD" ? `${m.email} ${lang === "zh-CN" ? "(负责人)" : "(lead)"}` : m.email))
        .join("; ");
    default:
      return String(value);
  }
}

// OWASP's CSV injection guidance: a cell starting with = + - @ TAB or CR runs as a formula in a
// spreadsheet, so the export puts a ' before it and the import takes exactly that one ' away. A
// value that itself starts with ' before such a character gets one more, so it survives the trip.
const GUARDED = /^'+[=+\-@\t\r]/;
const FORMULA = /^'*[=+\-@\t\r]/;

/** For CSV: a text that could run as a formula, with the guarding apostrophe. */
export const guardFormula = (text: string) => (FORMULA.test(text) ? `'${text}` : text);

/** For xlsx, whose cells are typed strings (never formulas): only the apostrophe a reader would strip is doubled. */
export const guardApostrophe = (text: string) => (GUARDED.test(text) ? `'${text}` : text);

/** The import's half: one guarding apostrophe removed. */
export const unguardFormula = (text: string) => (GUARDED.test(text) ? text.slice(1) : text);
