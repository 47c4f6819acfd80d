"use client";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { IMPORT_ACTIONS, IMPORT_ENTITIES, type TImportResult } from "@/lib/schemas/interop";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { AXIS, GRID, TOOLTIP } from "@/components/dashboard/chart-colors";
import { Card } from "@/components/ui/page-header";

const COLORS = {
  create: "var(--color-emerald-500)",
  update: "var(--color-indigo-500)",
  unchanged: "var(--color-slate-400)",
  delete: "var(--color-amber-500)",
  invalid: "var(--color-rose-500)",
} as const;

/**
 * Per kind of record, how many the import creates, updates, leaves, deletes or cannot take: a
 * table (what assistive technology reads, and the exact figures) beside stacked bars.
 */
export function ImportCounts({ counts, title }: { counts: TImportResult["counts"]; title: string }) {
  const { m, locale } = useI18n();
  const n = (v: number) => formatNumber(v, locale);
  const entities = IMPORT_ENTITIES.filter((e) => IMPORT_ACTIONS.some((a) => counts[e][a] > 0));
  const rows = entities.map((e) => ({ label: m.interop.entities[e], ...counts[e] }));
  return (
    <Card title={title}>
      <div className="grid gap-4 lg:grid-cols-2">
        <table className="min-w-full text-sm" data-testid="import-counts">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="py-1 pr-3 font-medium">{m.interop.preview.entity}</th>
              {IMPORT_ACTIONS.map((a) => <th key={a} scope="col" className="px-2 py-1 text-right font-medium">{m.interop.actions[a]}</th>)}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {IMPORT_ENTITIES.map((e) => (
              <tr key={e}>
                <th scope="row" className="py-1 pr-3 text-left font-normal text-slate-800">{m.interop.entities[e]}</th>
                {IMPORT_ACTIONS.map((a) => (
                  <td key={a} className={`px-2 py-1 text-right tabular-nums ${counts[e][a] ? "text-slate-900" : "text-slate-400"}`}>{n(counts[e][a])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > 0 && (
          <div aria-hidden="true">
            <BarChart data={rows} layout="vertical" responsive style={{ width: "100%", height: 40 + rows.length * 36 }} accessibilityLayer={false}
              margin={{ top: 0, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid stroke={GRID} horizontal={false} />
              <XAxis type="number" allowDecimals={false} {...AXIS} tickFormatter={(v: number) => n(v)} />
              <YAxis type="category" dataKey="label" width={80} {...AXIS} />
              <Tooltip {...TOOLTIP} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              {IMPORT_ACTIONS.map((a) => (
                <Bar key={a} dataKey={a} name={m.interop.actions[a]} stackId="n" fill={COLORS[a]} isAnimationActive={false} />
              ))}
            </BarChart>
          </div>
        )}
      </div>
    </Card>
  );
}
