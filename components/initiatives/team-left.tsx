"use client";
import type { TInitiativeDetail } from "@/lib/schemas/initiative";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, formatPercent } from "@/lib/i18n/format";
import { Card } from "@/components/ui/page-header";

/** Per team, the records still below the target as a bar (longest: most left), done teams last. */
export function TeamLeft({ teams }: { teams: TInitiativeDetail["byTeam"] }) {
  const { m, locale } = useI18n();
  const t = m.initiatives.detail;
  const most = Math.max(1, ...teams.map((r) => r.total - r.atTarget));
  return (
    <Card title={t.byTeam}>
      <p className="-mt-2 mb-2 text-xs text-slate-500">{t.byTeamHint}</p>
      {teams.length === 0 ? (
        <p className="py-6 text-center text-sm text-slate-500">{m.initiatives.emptyScope}</p>
      ) : (
        <table className="w-full text-sm" data-testid="initiative-teams">
          <caption className="sr-only">{t.byTeam}</caption>
          <tbody className="divide-y divide-slate-100">
            {teams.map((r) => {
              const left = r.total - r.atTarget;
              return (
                <tr key={r.team?.id ?? "none"}>
                  <th scope="row" className="w-2/5 py-1.5 pr-2 text-left font-normal">{r.team?.name ?? <span className="text-slate-500">{t.noTeam}</span>}</th>
                  <td className="py-1.5 pr-2">
                    <span className="block h-2.5 rounded bg-slate-100" aria-hidden>
                      <span className="block h-full rounded bg-red-400" style={{ width: `${(left / most) * 100}%` }} />
                    </span>
                  </td>
                  <td className="whitespace-nowrap py-1.5 text-right text-xs tabular-nums text-slate-600">
                    {countLabel(locale, left, t.left)} · {formatPercent(r.ratio, locale)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Card>
  );
}
