"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Button } from "./button";
import { Select } from "./field";

export type Column<T> = {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** The API sort field, when the column is sortable. */
  sort?: string;
  className?: string;
};

/**
 * Optional row selection: a checkbox per row and one in the header for the rows shown. The
 * selected keys live with the caller, so a selection can outlive the page it was made on.
 */
export type RowSelection<T> = {
  selected: ReadonlySet<string>;
  /** Called with the keys whose state changes (one row, or every row on the page). */
  onChange: (keys: string[], selected: boolean) => void;
  /** The row's accessible name for its checkbox, e.g. its name. */
  rowLabel: (row: T) => string;
};

type Props<T> = {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  sort: string;
  onSort: (sort: string) => void;
  caption: string;
  selection?: RowSelection<T>;
};

const CHECKBOX = "h-4 w-4 rounded border-slate-300 text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-500";

/** "Select all on this page": checked when every row shown is selected, mixed when some are. */
function PageCheckbox({ keys, selected, onChange, label }: { keys: string[]; selected: ReadonlySet<string>; onChange: (keys: string[], on: boolean) => void; label: string }) {
  const ref = useRef<HTMLInputElement>(null);
  const count = keys.filter((k) => selected.has(k)).length;
  const all = keys.length > 0 && count === keys.length;
  const some = count > 0 && !all;
  // `indeterminate` exists only as a DOM property; it makes the checkbox announce "mixed".
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <input ref={ref} type="checkbox" className={CHECKBOX} aria-label={label} checked={all} disabled={keys.length === 0}
      onChange={() => onChange(keys, !all)} />
  );
}

export function DataTable<T>({ columns, rows, rowKey, sort, onSort, caption, selection }: Props<T>) {
  const { m } = useI18n();
  const desc = sort.startsWith("-");
  const current = desc ? sort.slice(1) : sort;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {selection && (
              <th scope="col" className="w-10 px-3 py-2 text-left">
                <PageCheckbox keys={rows.map(rowKey)} selected={selection.selected} onChange={selection.onChange}
                  label={m.bulk.selectPage} />
              </th>
            )}
            {columns.map((c) => {
              const active = c.sort && c.sort === current;
              return (
                <th key={c.id} scope="col" className={`px-3 py-2 text-left font-medium text-slate-600 ${c.className ?? ""}`}
                  aria-sort={active ? (desc ? "descending" : "ascending") : undefined}>
                  {c.sort ? (
                    <button type="button" className="inline-flex items-center gap-1 hover:text-slate-900"
                      onClick={() => onSort(active && !desc ? `-${c.sort}` : c.sort!)}>
                      {c.header}
                      <span aria-hidden className="text-xs">{active ? (desc ? "▼" : "▲") : "↕"}</span>
                      {active && <span className="sr-only">{desc ? m.common.table.sortDescending : m.common.table.sortAscending}</span>}
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const key = rowKey(row);
            const checked = selection?.selected.has(key) ?? false;
            return (
              <tr key={key} className={checked ? "bg-indigo-50 hover:bg-indigo-100/60" : "hover:bg-slate-50"}>
                {selection && (
                  <td className="w-10 px-3 py-2 align-top">
                    <input type="checkbox" className={CHECKBOX} checked={checked}
                      aria-label={fmt(m.bulk.selectRow, { name: selection.rowLabel(row) })}
                      onChange={(e) => selection.onChange([key], e.target.checked)} />
                  </td>
                )}
                {columns.map((c) => (
                  <td key={c.id} className={`px-3 py-2 align-top text-slate-800 ${c.className ?? ""}`}>{c.cell(row)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The page sizes a list offers; the first is the default. */
export const PAGE_SIZES = [25, 50, 100, 200] as const;

export function Pagination({ page, pageSize, total, onPage, onPageSize, label }: {
  page: number; pageSize: number; total: number; onPage: (p: number) => void; onPageSize: (s: number) => void;
  /** What is paged, for screen readers ("Pages of changes"); "Pages" when there is one list. */
  label?: string;
}) {
  const { m } = useI18n();
  const last = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={label ?? m.common.table.pagination} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm text-slate-600">
      <span>{fmt(m.common.table.showing, { from, to, total })}</span>
      <div className="flex items-center gap-2">
        <label className="flex items-center gap-1">
          <span>{m.common.table.pageSize}</span>
          <Select className="w-20" value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
            {PAGE_SIZES.map((s) => <option key={s} value={s}>{s}</option>)}
          </Select>
        </label>
        <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>{m.common.table.previous}</Button>
        <span aria-current="page">{page} / {last}</span>
        <Button variant="secondary" disabled={page >= last} onClick={() => onPage(page + 1)}>{m.common.table.next}</Button>
      </div>
    </nav>
  );
}
