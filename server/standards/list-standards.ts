import "server-only";
import { db } from "@/server/db";
import type { TPage } from "@/lib/schemas/common";
import type { TStandard, TStandardListQuery } from "@/lib/schemas/standard";
import { inFilter } from "@/server/shared/list-args";
import { standardSelect, toStandard } from "./standard-select";

export type ListStandardsOptions = { query: TStandardListQuery };

const SEVERITY_ORDER = { MUST: 0, SHOULD: 1, MAY: 2 } as const;

const haystack = (s: TStandard) =>
  [s.key, s.text.en.name, s.text.en.description, s.text["zh-CN"].name, s.text["zh-CN"].description].join("\n").toLowerCase();

// A catalogue holds tens of standards, a large one a few hundred: the bilingual text is searched
// and sorted here rather than through JSON paths in SQL.
export async function listStandards({ query }: ListStandardsOptions): Promise<TPage<TStandard>> {
  const rows = await db().standard.findMany({
    where: {
      category: inFilter(query.category),
      severity: inFilter(query.severity),
      checkKind: inFilter(query.checkKind),
      appliesTo: query.appliesTo,
      active: query.active,
    },
    select: standardSelect,
  });
  const q = query.q?.toLowerCase();
  const found = rows.map(toStandard).filter((s) => !q || haystack(s).includes(q));
  const desc = query.sort.startsWith("-");
  const field = query.sort.replace(/^-/, "") as "key" | "category" | "severity" | "createdAt" | "updatedAt";
  const value = (s: TStandard) => (field === "severity" ? SEVERITY_ORDER[s.severity] : s[field]);
  found.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const order = va < vb ? -1 : va > vb ? 1 : a.key.localeCompare(b.key);
    return desc ? -order : order;
  });
  const start = (query.page - 1) * query.pageSize;
  return { items: found.slice(start, start + query.pageSize), total: found.length, page: query.page, pageSize: query.pageSize };
}
