"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import type { ChartRow } from "./chart-types";

/**
 * The chart's figures as a table of links: what a screen reader reads instead of the drawing,
 * and what a keyboard reaches (hidden until something in it has focus, then shown in place).
 */
export function ChartDataTable({ title, rows, locale }: { title: string; rows: ChartRow[]; locale: string }) {
  const { m } = useI18n();
  return (
    <div className="sr-only focus-within:not-sr-only focus-within:mt-3 focus-within:block print:hidden">
      <table className="w-full text-sm">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="text-left text-xs text-slate-500">
            <th scope="col" className="py-1 font-medium">{m.dashboard.charts.category}</th>
            <th scope="col" className="py-1 text-right font-medium">{m.dashboard.charts.count}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="py-0.5 text-left font-normal">
                {r.href ? <Link href={r.href} className="text-indigo-700 hover:underline">{r.label}</Link> : r.label}
              </th>
              <td className="py-0.5 text-right tabular-nums">{r.count.toLocaleString(locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
