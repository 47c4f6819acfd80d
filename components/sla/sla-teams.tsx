"use client";
import type { TSlaReport } from "@/lib/schemas/sla";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { Card } from "@/components/ui/page-header";
import { StackedBar } from "@/components/ui/stacked-bar";

const PARTS = [
  { key: "met", className: "bg-emerald-500" },
  { key: "breached", className: "bg-red-500" },
  { key: "noData", className: "bg-slate-300 dark:bg-slate-600" },
] as const;

/** Per team: interfaces that met their objectives, missed one, or had no data, as one stacked bar. */
export function SlaTeams({ teams, onTeam }: { teams: TSlaReport["teams"]; onTeam: (teamId: string) => void }) {
  const { m, locale } = useI18n();
  const t = m.sla;
  const label = { met: t.figures.met, breached: t.figures.breached, noData: t.figures.noData };
  return (
    <Card title={t.teams}>
      <p className="-mt-2 mb-2 text-xs text-slate-500">{t.teamsHint}</p>
      <div className="max-h-72 overflow-auto">
        <table className="w-full text-sm" data-testid="sla-teams">
          <caption className="sr-only">{t.teams}</caption>
          <thead className="sticky top-0 bg-white text-xs text-slate-500 dark:bg-slate-900">
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="py-1.5 pr-2 text-left font-medium">{m.common.fields.team}</th>
              <th scope="col" className="px-2 py-1.5 text-right font-medium">{t.attainment}</th>
              <th scope="col" className="w-1/2 py-1.5 pl-2 text-left font-medium">{t.figures.interfaces}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {teams.map((row) => {
              const spread = PARTS.filter((p) => row[p.key] > 0).map((p) => `${label[p.key]} ${formatNumber(row[p.key], locale)}`).join(", ");
              return (
                <tr key={row.team?.id ?? "none"}>
                  <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                    {row.team ? (
                      <button type="button" className="text-left text-indigo-700 hover:underline dark:text-indigo-300" onClick={() => onTeam(row.team!.id)}>
                        {row.team.name}
                      </button>
                    ) : <span className="text-slate-500">{t.noTeam}</span>}
                  </th>
                  <td className="px-2 py-1.5 text-right tabular-nums">{row.attainment === null ? "—" : formatPercent(row.attainment, locale)}</td>
                  <td className="py-1.5 pl-2">
                    <StackedBar total={row.interfaces} label={spread} parts={PARTS.map((p) => ({ key: p.key, value: row[p.key], className: p.className }))} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
