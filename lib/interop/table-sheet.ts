// Records → the header and rows of an export (and of the template), in one language. Pure: the
// CSV and xlsx writers on the server and any preview in the browser lay out the same cells.
import type { TLocale } from "@/lib/schemas/enums";
import type { TImportEntity } from "@/lib/schemas/interop";
import { TABLE_COLUMNS, columnHeader } from "./table-columns";
import { formatCell } from "./table-cells";

export type TTableCellValue = string | number;
export type TTableSheet = { entity: TImportEntity; header: string[]; rows: TTableCellValue[][] };

export function tableSheet(o: { entity: TImportEntity; records: readonly Record<string, unknown>[]; lang: TLocale }): TTableSheet {
  const columns = TABLE_COLUMNS[o.entity];
  return {
    entity: o.entity,
    header: columns.map((c) => columnHeader(c, o.lang)),
    rows: o.records.map((record) => columns.map((c) => formatCell(c.kind, record[c.id], o.lang))),
  };
}
