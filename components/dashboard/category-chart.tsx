"use client";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { AXIS, GRID, TOOLTIP } from "./chart-colors";
import { ChartDataTable } from "./chart-data-table";
import type { ChartRow } from "./chart-types";
import { DashboardCard } from "./dashboard-card";

type Props = {
  title: string;
  rows: ChartRow[];
  /** bar: columns; rows: horizontal bars for many or long labels; donut: shares of a whole. */
  variant?: "bar" | "rows" | "donut";
  className?: string;
};

const HEIGHT = { bar: 220, donut: 220 } as const;

/**
 * A count per category as a chart, every bar or slice linking to the list behind it. The drawing
 * is hidden from assistive technology, which gets a one-line summary and the same figures as a
 * table of links (chart-data-table.tsx) instead.
 */
export function CategoryChart({ title, rows, variant = "bar", className }: Props) {
  const { m, locale } = useI18n();
  const router = useRouter();
  const total = rows.reduce((n, r) => n + r.count, 0);
  const summary = fmt(m.dashboard.charts.summary, {
    title,
    values: rows.map((r) => fmt(m.dashboard.charts.value, { label: r.label, count: r.count.toLocaleString(locale) })).join(", "),
  });
  const open = (row: ChartRow | undefined) => row?.href && router.push(row.href);
  const height = variant === "rows" ? Math.max(160, rows.length * 26 + 30) : HEIGHT[variant];
  const count = m.dashboard.charts.count;
  // An empty slice would still draw its border as a hairline; the table below lists zeros.
  const slices = rows.filter((r) => r.count > 0);

  return (
    <DashboardCard title={title} className={className}>
      {total === 0 ? (
        <p className="py-8 text-center text-sm text-slate-500">{m.dashboard.charts.empty}</p>
      ) : (
        <figure className="m-0">
          <figcaption className="sr-only">{summary}</figcaption>
          <div aria-hidden="true" className="dashboard-chart">
            {variant === "donut" ? (
              <PieChart responsive style={{ width: "100%", height }} accessibilityLayer={false}>
                <Pie data={slices} dataKey="count" nameKey="label" innerRadius="50%" outerRadius="80%" isAnimationActive={false}
                  stroke="var(--color-white)" cursor="pointer" onClick={(d) => open((d as { payload?: ChartRow }).payload)}>
                  {slices.map((r) => <Cell key={r.key} fill={r.color} />)}
                </Pie>
                <Tooltip {...TOOLTIP} formatter={(v) => [Number(v).toLocaleString(locale), count]} />
                <Legend iconType="circle" iconSize={8} itemSorter={null}
                  formatter={(value: string) => <span style={{ color: "var(--color-slate-700)", fontSize: 12 }}>{value}</span>} />
              </PieChart>
            ) : variant === "rows" ? (
              <BarChart data={rows} layout="vertical" responsive style={{ width: "100%", height }} accessibilityLayer={false}
                margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
                <CartesianGrid stroke={GRID} horizontal={false} />
                <XAxis type="number" allowDecimals={false} {...AXIS} tickFormatter={(v: number) => v.toLocaleString(locale)} />
                <YAxis type="category" dataKey="label" width={150} {...AXIS} interval={0} />
                <Tooltip {...TOOLTIP} formatter={(v) => [Number(v).toLocaleString(locale), count]} />
                <Bar dataKey="count" name={count} isAnimationActive={false} cursor="pointer" onClick={(d) => open(d.payload as ChartRow)}>
                  {rows.map((r) => <Cell key={r.key} fill={r.color} />)}
                </Bar>
              </BarChart>
            ) : (
              <BarChart data={rows} responsive style={{ width: "100%", height }} accessibilityLayer={false}
                margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
                <CartesianGrid stroke={GRID} vertical={false} />
                <XAxis dataKey="label" {...AXIS} interval={0} />
                <YAxis allowDecimals={false} width={48} {...AXIS} tickFormatter={(v: number) => v.toLocaleString(locale)} />
                <Tooltip {...TOOLTIP} formatter={(v) => [Number(v).toLocaleString(locale), count]} />
                <Bar dataKey="count" name={count} isAnimationActive={false} cursor="pointer" radius={[3, 3, 0, 0]} onClick={(d) => open(d.payload as ChartRow)}>
                  {rows.map((r) => <Cell key={r.key} fill={r.color} />)}
                </Bar>
              </BarChart>
            )}
          </div>
          <ChartDataTable title={title} rows={rows} locale={locale} />
        </figure>
      )}
    </DashboardCard>
  );
}
