"use client";
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import { COMPLIANCE_LEVELS } from "@/lib/schemas/enums";
import type { TGroupSummary } from "@/lib/schemas/compliance";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, formatNumber } from "@/lib/i18n/format";
import { AXIS, GRID, TOOLTIP } from "@/components/dashboard/chart-colors";
import { Card } from "@/components/ui/page-header";
import { LEVEL_COLORS } from "./compliance-marks";

// Worst to best, then the records nothing applies to.
const ORDER = ["NONE", "BRONZE", "SILVER", "GOLD", "NOT_RATED"] as const satisfies readonly (typeof COMPLIANCE_LEVELS)[number][];

/**
 * The estate's records per maturity level as bars, each opening the matrix filtered to it. The
 * drawing is hidden from assistive technology, which reads the same figures as a table.
 */
export function LevelChart({ estate, onLevel }: { estate: TGroupSummary; onLevel: (level: string) => void }) {
  const { m, locale } = useI18n();
  const t = m.compliance.summary;
  const rows = ORDER.map((level) => ({ level, label: m.enums.ComplianceLevel[level], count: estate.levels[level] }));
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Card title={t.estate}>
      <p className="-mt-2 mb-2 text-xs text-slate-500" data-testid="estate-summary">
        {countLabel(locale, estate.records, t.estateHint, { score: n(estate.score) })}
      </p>
      {estate.records === 0 ? (
        <p className="py-8 text-center text-sm text-slate-500">{t.empty}</p>
      ) : (
        <figure className="m-0">
          <div aria-hidden="true">
            <BarChart data={rows} responsive style={{ width: "100%", height: 200 }} accessibilityLayer={false} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid stroke={GRID} vertical={false} />
              <XAxis dataKey="label" {...AXIS} interval={0} />
              <YAxis allowDecimals={false} width={44} {...AXIS} tickFormatter={(v: number) => n(v)} />
              <Tooltip {...TOOLTIP} formatter={(v) => [n(Number(v)), t.records]} />
              <Bar dataKey="count" isAnimationActive={false} cursor="pointer" radius={[3, 3, 0, 0]}
                onClick={(d) => onLevel((d.payload as { level: string }).level)}>
                {rows.map((r) => <Cell key={r.level} fill={LEVEL_COLORS[r.level]} />)}
              </Bar>
            </BarChart>
          </div>
          <figcaption className="mt-1 text-xs text-slate-500">{t.levelsHint}</figcaption>
          <table className="sr-only">
            <caption>{t.estate}</caption>
            <tbody>
              {rows.map((r) => (
                <tr key={r.level}>
                  <th scope="row">{r.label}</th>
                  <td>{n(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      )}
    </Card>
  );
}
