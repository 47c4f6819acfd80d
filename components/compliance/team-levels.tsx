"use client";
import type { TComplianceSummary } from "@/lib/schemas/compliance";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatNumber } from "@/lib/i18n/format";
import { Card } from "@/components/ui/page-header";
import { StackedBar } from "@/components/ui/stacked-bar";
import { LEVEL_COLORS } from "./compliance-marks";

const ORDER = ["NONE", "BRONZE", "SILVER", "GOLD", "NOT_RATED"] as const;

/** Per team: records, mean score and the spread of levels as one stacked bar; a team opens its rows in the matrix. */
export function TeamLevels({ teams, onTeam }: { teams: TComplianceSummary["byTeam"]; onTeam: (teamId: string | null) => void }) {
  const { m, locale } = useI18n();
  const t = m.compliance.summary;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Card title={t.byTeam}>
      <p className="-mt-2 mb-2 text-xs text-slate-500">{t.byTeamHint}</p>
      {teams.length === 0 ? (
        <p className="py-8 text-center text-sm text-slate-500">{t.empty}</p>
      ) : (
        <div className="max-h-64 overflow-auto">
          <table className="w-full text-sm" data-testid="team-levels">
            <caption className="sr-only">{t.byTeam}</caption>
            <thead className="sticky top-0 bg-white text-xs text-slate-500">
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1.5 pr-2 text-left font-medium">{m.common.fields.team}</th>
                <th scope="col" className="px-2 py-1.5 text-right font-medium">{t.records}</th>
                <th scope="col" className="px-2 py-1.5 text-right font-medium">{t.score}</th>
                <th scope="col" className="w-2/5 py-1.5 pl-2 text-left font-medium">{t.levels}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {teams.map((row) => {
                const name = row.team?.name ?? t.noTeam;
                const spread = ORDER.filter((l) => row.levels[l] > 0).map((l) => `${m.enums.ComplianceLevel[l]} ${n(row.levels[l])}`).join(", ");
                return (
                  <tr key={row.team?.id ?? "none"}>
                    <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                      {row.team ? (
                        <button type="button" className="text-left text-indigo-700 hover:underline" onClick={() => onTeam(row.team!.id)}
                          aria-label={fmt(t.showTeam, { team: name })}>
                          {name}
                        </button>
                      ) : <span className="text-slate-500">{name}</span>}
                    </th>
                    <td className="px-2 py-1.5 text-right tabular-nums">{n(row.records)}</td>
                    <td className="px-2 py-1.5 text-right tabular-nums">{n(row.score)}</td>
                    <td className="py-1.5 pl-2">
                      <StackedBar total={row.records} label={spread} parts={ORDER.map((l) => ({ key: l, value: row.levels[l], color: LEVEL_COLORS[l] }))} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
