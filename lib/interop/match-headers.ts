// A file's header row → the columns it holds. Headers match case-insensitively, trimmed, in any
// order, by English or Chinese header, id or alias. Unknown and repeated columns are reported once
// (on the header row), not on every row; empty header cells (trailing columns a spreadsheet keeps)
// are ignored.
import type { TImportEntity, TImportProblem } from "@/lib/schemas/interop";
import type { TLocale } from "@/lib/schemas/enums";
import { TABLE_COLUMNS, columnHeader, identityColumn, type TTableColumn } from "./table-columns";
import { tableMessages } from "./table-messages";

/** A column found in the file: where it is and how it was written there. */
export type TFoundColumn = { column: TTableColumn; index: number; header: string };

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ").replace(/^\uFEFF/, "");

const byHeader = new Map<TImportEntity, Map<string, TTableColumn>>();
function headerIndex(entity: TImportEntity): Map<string, TTableColumn> {
  let index = byHeader.get(entity);
  if (!index) {
    index = new Map();
    for (const column of TABLE_COLUMNS[entity]) {
      for (const name of [column.id, column.en, column.zh, ...(column.aliases ?? [])]) index.set(norm(name), column);
    }
    byHeader.set(entity, index);
  }
  return index;
}

export function matchHeaders(o: { entity: TImportEntity; header: readonly string[]; file: string; line: number; locale: TLocale }): {
  found: TFoundColumn[];
  problems: TImportProblem[];
} {
  const t = tableMessages(o.locale);
  const index = headerIndex(o.entity);
  const found: TFoundColumn[] = [];
  const problems: TImportProblem[] = [];
  const problem = (field: string | null, message: string): TImportProblem =>
    ({ entity: o.entity, key: null, field, message, file: o.file, line: o.line });
  o.header.forEach((raw, i) => {
    const header = raw.trim().replace(/^\uFEFF/, "");
    if (!header) return;
    const column = index.get(norm(header));
    if (!column) {
      const known = TABLE_COLUMNS[o.entity].map((c) => columnHeader(c, o.locale)).join(", ");
      problems.push(problem(header, t.unknownColumn(known)));
      return;
    }
    const first = found.find((f) => f.column === column);
    if (first) problems.push(problem(header, t.duplicateColumn(first.header)));
    else found.push({ column, index: i, header });
  });
  const identity = identityColumn(o.entity);
  if (!found.some((f) => f.column === identity)) problems.push(problem(null, t.noIdentityColumn(columnHeader(identity, o.locale))));
  return { found, problems };
}
