"use client";
import { useI18n } from "@/lib/i18n/client";
import type { TDashboard } from "@/lib/schemas/dashboard";
import { CategoryChart } from "./category-chart";
import { LIFECYCLE_COLORS, SERIES, TIER_COLORS } from "./chart-colors";
import type { ChartRow } from "./chart-types";
import { listHref } from "./dashboard-links";

type Props = { data: TDashboard; teamId: string | null };
type Counts<T> = { value: T; count: number }[];

/** Systems and interfaces by category, each bar or slice opening the filtered list. */
export function DashboardCharts({ data, teamId }: Props) {
  const { m } = useI18n();
  const c = m.dashboard.charts;
  const tierLabel = (t: number) => (m.enums.Tier[t as 0 | 1 | 2 | 3] ?? String(t)).split(" · ")[0];
  const rows = <T extends string | number>(
    counts: Counts<T>, path: "/systems" | "/interfaces", param: string, label: (v: T) => string, color: (v: T, i: number) => string,
  ): ChartRow[] =>
    counts.map(({ value, count }, i) => ({ key: String(value), label: label(value), count, color: color(value, i), href: listHref(path, { [param]: value }, teamId) }));
  const series = (_: unknown, i: number) => SERIES[i % SERIES.length];
  const { systems: s, interfaces: f } = data;
  return (
    <>
      <div className="dashboard-chart-grid grid gap-4 lg:grid-cols-3">
        <CategoryChart title={c.systemsByLayer} rows={rows(s.byLayer, "/systems", "layer", (v) => m.enums.Layer[v], series)} />
        <CategoryChart title={c.systemsByTier} rows={rows(s.byTier, "/systems", "tier", tierLabel, (v) => TIER_COLORS[v] ?? SERIES[0])} />
        <CategoryChart title={c.systemsByLifecycle} variant="donut" rows={rows(s.byLifecycle, "/systems", "lifecycle", (v) => m.enums.Lifecycle[v], (v) => LIFECYCLE_COLORS[v])} />
      </div>
      <div className="dashboard-chart-grid grid gap-4 lg:grid-cols-2">
        <CategoryChart title={c.systemsByKind} variant="rows" rows={rows(s.byKind, "/systems", "kind", (v) => m.enums.SystemKind[v], series)} />
        <CategoryChart title={c.interfacesByStyle} variant="rows" rows={rows(f.byStyle, "/interfaces", "style", (v) => m.enums.InterfaceStyle[v], series)} />
      </div>
      <div className="dashboard-chart-grid grid gap-4 lg:grid-cols-3">
        <CategoryChart title={c.interfacesByMode} variant="donut" rows={rows(f.byMode, "/interfaces", "mode", (v) => m.enums.InterfaceMode[v], series)} />
        <CategoryChart title={c.interfacesByTier} rows={rows(f.byTier, "/interfaces", "tier", tierLabel, (v) => TIER_COLORS[v] ?? SERIES[0])} />
        <CategoryChart title={c.interfacesByLifecycle} variant="donut" rows={rows(f.byLifecycle, "/interfaces", "lifecycle", (v) => m.enums.Lifecycle[v], (v) => LIFECYCLE_COLORS[v])} />
      </div>
    </>
  );
}
