"use client";
import Link from "next/link";
import type { TComplianceMatrix, TComplianceStatus } from "@/lib/schemas/compliance";
import type { TSubjectType } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { cn } from "@/components/ui/cn";
import { localText } from "@/components/standards/local-text";
import { LevelBadge, STATUS_CLASSES, STATUS_SYMBOLS } from "./compliance-marks";
import { SortHeader } from "./sort-header";

type Props = { matrix: TComplianceMatrix; subject: TSubjectType; sort: string; onSort: (sort: string) => void };

const TH = "px-2 py-2 text-left align-bottom font-medium text-slate-600";

/**
 * Records in rows, active standards in columns (MUST first). Each cell is coloured by its status
 * and carries a symbol and an accessible label ("Data in transit is encrypted: Fail"), so the
 * matrix reads without colour and to a screen reader. Key and name stay put while it scrolls sideways.
 * Its links are not prefetched: a page of the matrix holds some seventy of them.
 */
export function MatrixTable({ matrix, subject, sort, onSort }: Props) {
  const { m, locale } = useI18n();
  const t = m.compliance.matrix;
  const base = subject === "SYSTEM" ? "/systems" : "/interfaces";
  const names = new Map(matrix.standards.map((s) => [s.id, localText(s.text, locale).name]));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="compliance-matrix">
        <caption className="sr-only">{t.caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <SortHeader label={m.common.fields.key} field="key" sort={sort} onSort={onSort} className={cn(TH, "sticky left-0 z-10 bg-slate-50")} />
            <SortHeader label={m.common.fields.name} field="name" sort={sort} onSort={onSort} className={TH} />
            <th scope="col" className={TH}>{m.common.fields.team}</th>
            <SortHeader label={t.level} field="level" sort={sort} onSort={onSort} className={TH} />
            <SortHeader label={t.score} field="score" sort={sort} onSort={onSort} className={cn(TH, "text-right")} />
            <SortHeader label={t.failing} field="failing" sort={sort} onSort={onSort} className={cn(TH, "text-right")} />
            {matrix.standards.map((s) => (
              <th key={s.id} scope="col" className="border-l border-slate-100 px-1 py-2 align-bottom font-normal">
                <Link href={`/standards/${s.id}`} prefetch={false} title={`${names.get(s.id)} · ${m.enums.StandardSeverity[s.severity]}`}
                  className="mx-auto block max-h-44 rotate-180 overflow-hidden text-ellipsis whitespace-nowrap text-xs text-indigo-700 [writing-mode:vertical-rl] hover:underline">
                  {s.key}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {matrix.items.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              <td className="sticky left-0 z-10 bg-white px-2 py-1.5"><code className="text-xs text-slate-600">{row.key}</code></td>
              <td className="px-2 py-1.5">
                <Link href={`${base}/${row.id}`} prefetch={false} className="font-medium text-indigo-700 hover:underline">{row.name}</Link>
              </td>
              <td className="whitespace-nowrap px-2 py-1.5 text-slate-700">{row.team?.name ?? "—"}</td>
              <td className="px-2 py-1.5"><LevelBadge level={row.level} /></td>
              <td className="px-2 py-1.5 text-right tabular-nums">{row.score}</td>
              <td className={cn("px-2 py-1.5 text-right tabular-nums", row.failing > 0 && "font-semibold text-red-700")}>{row.failing}</td>
              {matrix.standards.map((s) => {
                const status: TComplianceStatus = row.results[s.id] ?? "NOT_APPLICABLE";
                const label = fmt(t.cell, { standard: names.get(s.id) ?? s.key, status: m.enums.ComplianceStatus[status] });
                return (
                  <td key={s.id} className={cn("border-l border-slate-100 px-1 py-1.5 text-center text-xs font-semibold", STATUS_CLASSES[status])}>
                    <span role="img" aria-label={label} title={label}>{STATUS_SYMBOLS[status]}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
