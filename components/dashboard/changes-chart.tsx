"use client";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import type { TChangeWeek } from "@/lib/schemas/dashboard";
import { AXIS, GRID, TOOLTIP } from "./chart-colors";
import { ChartDataTable } from "./chart-data-table";
import { DashboardCard } from "./dashboard-card";
import { ExportCsvButton } from "./export-csv-button";

// The audit log has no date filter (GET /api/v1/audit filters by entity, actor and action), so
// a week opens the log itself, newest first.
const AUDIT_HREF = "/audit";

/** Audit entries per week over the last 12 weeks, as columns; each opens the audit log. */
export function ChangesChart({ weeks, teamFiltered }: { weeks: TChangeWeek[]; teamFiltered: boolean }) {
  const { m, locale } = useI18n();
  const router = useRouter();
  const c = m.dashboard.changes;
  const day = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" });
  const rows = weeks.map((w) => ({
    key: w.weekStart,
    label: day.format(new Date(`${w.weekStart}T00:00:00Z`)),
    count: w.count,
    color: "var(--color-indigo-500)",
    href: AUDIT_HREF,
  }));
  const total = weeks.reduce((n, w) => n + w.count, 0);
  const summary = countLabel(locale, total, c.summary, { latest: (weeks.at(-1)?.count ?? 0).toLocaleString(locale) });
  return (
    <DashboardCard title={c.title} hint={teamFiltered ? c.teamHint : c.hint}
      actions={<ExportCsvButton title={c.title} fileName="changes-per-week" header={[c.week, c.count]} rows={() => weeks.map((w) => [w.weekStart, w.count])} />}>
      <figure className="m-0">
        <figcaption className="sr-only">{summary}</figcaption>
        <div aria-hidden="true" className="dashboard-chart">
          <BarChart data={rows} responsive style={{ width: "100%", height: 220 }} accessibilityLayer={false} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={GRID} vertical={false} />
            <XAxis dataKey="label" {...AXIS} />
            <YAxis allowDecimals={false} width={56} {...AXIS} tickFormatter={(v: number) => v.toLocaleString(locale)} />
            <Tooltip {...TOOLTIP} formatter={(v) => [Number(v).toLocaleString(locale), c.count]} />
            <Bar dataKey="count" name={c.count} fill="var(--color-indigo-500)" radius={[3, 3, 0, 0]} isAnimationActive={false}
              cursor="pointer" onClick={() => router.push(AUDIT_HREF)} />
          </BarChart>
        </div>
        <ChartDataTable title={c.title} rows={rows} locale={locale} />
      </figure>
    </DashboardCard>
  );
}
