"use client";
import type { THealthOverview } from "@/lib/schemas/health-views";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Card } from "@/components/ui/page-header";
import { HEALTH_COLORS, type HealthKey } from "./health-marks";

const ORDER: HealthKey[] = ["DOWN", "DEGRADED", "NO_DATA", "UP", "UNKNOWN"];

type Props = { grid: THealthOverview["grid"]; groupBy: "team" | "layer"; onGroupBy: (g: "team" | "layer") => void; onPick: (group: { teamId?: string; layer?: string }) => void };

/** Per team or layer: a bar of its records by state; a row filters the page to that group. */
export function HealthGrid({ grid, groupBy, onGroupBy, onPick }: Props) {
  const { m } = useI18n();
  const t = m.health.grid;
  return (
    <Card title={groupBy === "team" ? t.title : t.titleLayer} actions={
      <div role="group" aria-label={t.groupBy} className="inline-flex rounded-md border border-slate-300 p-0.5 text-xs">
        {(["team", "layer"] as const).map((g) => (
          <button key={g} type="button" aria-pressed={groupBy === g} onClick={() => onGroupBy(g)}
            className={groupBy === g ? "rounded bg-indigo-600 px-2 py-0.5 text-white" : "rounded px-2 py-0.5 text-slate-700 hover:bg-slate-100"}>
            {t[g]}
          </button>
        ))}
      </div>
    }>
      <ul className="max-h-80 space-y-1.5 overflow-y-auto" data-testid="health-grid">
        {grid.map((cell) => {
          const label = cell.team?.name ?? (cell.layer ? m.enums.Layer[cell.layer] : t.noTeam);
          const summary = ORDER.filter((s) => cell.counts[s]).map((s) => `${m.health.states[s]} ${cell.counts[s]}`).join(", ");
          return (
            <li key={cell.team?.id ?? cell.layer ?? "none"}>
              <button type="button" className="flex w-full items-center gap-2 rounded px-1 py-0.5 text-left text-sm hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
                aria-label={fmt(t.cell, { group: label, summary })}
                onClick={() => onPick(cell.team ? { teamId: cell.team.id } : cell.layer ? { layer: cell.layer } : {})}>
                <span className="w-40 shrink-0 truncate text-slate-700">{label}</span>
                <span className="flex h-3 flex-1 overflow-hidden rounded bg-slate-100" aria-hidden>
                  {ORDER.map((s) => cell.counts[s] ? (
                    <span key={s} style={{ width: `${(100 * cell.counts[s]) / cell.counts.total}%`, background: HEALTH_COLORS[s] }} />
                  ) : null)}
                </span>
                <span className="w-10 shrink-0 text-right text-xs text-slate-500">{cell.counts.total}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
