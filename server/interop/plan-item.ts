// One record's way through the planner: matched (or not) against the database, its columns
// resolved and compared, its problems collected. Pure; shared by plan-records.ts and its helpers.
import type { TImportEntity, TImportProblem } from "@/lib/schemas/interop";
import { CREATE_DEFAULTS, COLUMNS, fieldOf, sameValue, type Row, type Table } from "./import-columns";

export type FieldDiff = { field: string; before: unknown; after: unknown };

export type PlanItem = {
  entity: TImportEntity;
  table: Table;
  key: string;
  origin?: { file: string; line?: number };
  existing: Row | null;
  /** The row after the import: the existing one with the given fields over it, or a new one. */
  after: Row;
  /** Columns whose value changes. */
  changed: string[];
  /** Changes beyond the row's own columns (a membership, a contract). */
  extra: FieldDiff[];
  problems: { field: string | null; message: string }[];
  /** Teams whose record gives members: the new membership, replacing the old. */
  members?: { userId: string; role: string }[];
  membersBefore?: { userId: string; role: string }[];
  /** Interfaces: a contract to attach as the newest version. */
  contract?: { format: string; text: string; fileName?: string };
  /** Pruned: the row goes (apply --prune). */
  remove?: boolean;
};

export const isValid = (item: PlanItem) => item.problems.length === 0;

export function actionOf(item: PlanItem): "create" | "update" | "unchanged" | "delete" | "invalid" {
  if (!isValid(item)) return "invalid";
  if (item.remove) return "delete";
  if (!item.existing) return "create";
  return item.changed.length || item.extra.length ? "update" : "unchanged";
}

export function toProblems(item: PlanItem): TImportProblem[] {
  return item.problems.map((p) => ({
    entity: item.entity, key: item.key, field: p.field, message: p.message,
    file: item.origin?.file ?? null, line: item.origin?.line ?? null,
  }));
}

export type StartItemOptions = {
  entity: TImportEntity;
  table: Table;
  key: string;
  origin?: { file: string; line?: number };
  existing: Row | null;
  /** Only the columns the record gives (undefined ones are left out by the caller). */
  values: Record<string, unknown>;
  /** Columns a new record must give. */
  required: readonly string[];
  newId: () => string;
  /** Problems found while resolving the record's references (a field named here is not also "required"). */
  problems?: PlanItem["problems"];
};

/**
 * `base` with `values` over it, its fields always in the same order. Spreading records that give
 * different fields in different orders made V8 give each of 25,000 rows a hidden class of its
 * own: 15 MB more heap while an estate-5k import is written.
 */
function shaped(table: Table, base: Row, values: Record<string, unknown>): Row {
  const row: Row = { id: base.id, version: base.version, updatedAt: base.updatedAt };
  for (const c of COLUMNS[table]) row[c] = c in values ? values[c] : base[c];
  return row;
}

/** Merges, diffs and checks required columns; reference problems are added by the caller. */
export function startItem(o: StartItemOptions): PlanItem {
  const problems: PlanItem["problems"] = [...(o.problems ?? [])];
  const reported = new Set(problems.map((p) => p.field));
  let after: Row;
  const changed = o.existing ? (COLUMNS[o.table] as readonly string[]).filter((c) => c in o.values && !sameValue(o.existing![c], o.values[c])) : [];
  if (o.existing) {
    // Unchanged, the existing row serves as `after` (a re-import of 25,000 records copies none);
    // change it through editable() only.
    after = changed.length ? shaped(o.table, o.existing, o.values) : o.existing;
  } else {
    for (const c of o.required) if ((o.values[c] === undefined || o.values[c] === null) && !reported.has(fieldOf(c))) problems.push({ field: fieldOf(c), message: "required when creating" });
    after = shaped(o.table, { ...CREATE_DEFAULTS[o.table], id: o.newId(), version: 1 } as Row, o.values);
  }
  return { entity: o.entity, table: o.table, key: o.key, origin: o.origin, existing: o.existing, after, changed, extra: [], problems };
}

/** The item's `after` row, to change: a copy first when it is still the existing row. */
export function editable(item: PlanItem): Row {
  if (item.after === item.existing) item.after = { ...item.existing };
  return item.after;
}

/** Given fields only: a record's `undefined` means "leave as is". */
export function given(values: Record<string, unknown>): Record<string, unknown> {
  // A loop, not Object.fromEntries(entries.filter()): called for every record, that was 4 µs each.
  const out: Record<string, unknown> = {};
  for (const k in values) if (values[k] !== undefined) out[k] = values[k];
  return out;
}
