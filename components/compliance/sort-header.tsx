"use client";
import { useI18n } from "@/lib/i18n/client";

type Props = { label: string; field: string; sort: string; onSort: (sort: string) => void; className?: string };

/** A column header that sorts by `field`: ascending first, then descending (as components/ui/data-table does). */
export function SortHeader({ label, field, sort, onSort, className }: Props) {
  const { m } = useI18n();
  const desc = sort.startsWith("-");
  const active = (desc ? sort.slice(1) : sort) === field;
  return (
    <th scope="col" className={className} aria-sort={active ? (desc ? "descending" : "ascending") : undefined}>
      <button type="button" className="inline-flex items-center gap-1 hover:text-slate-900" onClick={() => onSort(active && !desc ? `-${field}` : field)}>
        {label}
        <span aria-hidden className="text-xs">{active ? (desc ? "▼" : "▲") : "↕"}</span>
        {active && <span className="sr-only">{desc ? m.common.table.sortDescending : m.common.table.sortAscending}</span>}
      </button>
    </th>
  );
}
