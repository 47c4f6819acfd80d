"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import type { TTeamLoad } from "@/lib/schemas/dashboard";
import { Badge } from "@/components/ui/feedback";
import { DashboardCard } from "./dashboard-card";
import { ExportCsvButton } from "./export-csv-button";
import { teamHref } from "./dashboard-links";

/** Rows a printout keeps; the rest are in the CSV export (said under the table). */
const PRINTED_ROWS = 25;

/**
 * Teams ranked by load (server order: no active member first, then load per member). All rows
 * scroll inside the card; each load is drawn as a bar against the highest finite one.
 */
export function TeamLoad({ teams }: { teams: TTeamLoad[] }) {
  const { m, locale } = useI18n();
  const l = m.dashboard.load;
  const max = Math.max(0, ...teams.map((t) => t.load ?? 0));
  const n = (v: number) => v.toLocaleString(locale);
  const header = [l.team, l.members, l.systems, l.weight, l.load];
  return (
    <DashboardCard breakable title={l.title} hint={l.hint}
      actions={<ExportCsvButton title={l.title} fileName="teams-by-load" header={header} disabled={teams.length === 0}
        rows={() => teams.map((t) => [t.team.name, t.activeMembers, t.systems, t.weight, t.load ?? l.infinite])} />}>
      {teams.length === 0 ? (
        <p className="py-6 text-center text-sm text-slate-500">{l.empty}</p>
      ) : (
        <>
          <div className="dashboard-scroll max-h-96 overflow-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">{l.title}</caption>
              <thead className="sticky top-0 bg-white text-xs text-slate-500">
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-2 pr-2 text-left font-medium">{l.team}</th>
                  <th scope="col" className="px-2 py-2 text-right font-medium">{l.members}</th>
                  <th scope="col" className="px-2 py-2 text-right font-medium">{l.systems}</th>
                  <th scope="col" className="px-2 py-2 text-right font-medium">{l.weight}</th>
                  <th scope="col" className="w-2/5 py-2 pl-2 text-left font-medium">{l.load}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {teams.map((t, i) => (
                  <tr key={t.team.id} className={i >= PRINTED_ROWS ? "print:hidden" : undefined}>
                    <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                      <Link href={teamHref(t.team.id)} className="text-indigo-700 hover:underline">{t.team.name}</Link>
                    </th>
                    <td className="px-2 py-1.5 text-right tabular-nums">{n(t.activeMembers)}</td>
                    <td className="px-2 py-1.5 text-right tabular-nums">{n(t.systems)}</td>
                    <td className="px-2 py-1.5 text-right tabular-nums">{n(t.weight)}</td>
                    <td className="py-1.5 pl-2">
                      {t.load === null ? (
                        <span className="inline-flex items-center gap-2"><span className="font-semibold text-red-700">{l.infinite}</span><Badge tone="red">{l.noActiveMember}</Badge></span>
                      ) : (
                        <span className="flex items-center gap-2">
                          <span className="w-12 text-right tabular-nums">{n(t.load)}</span>
                          <span className="h-2 flex-1 rounded bg-slate-100" aria-hidden>
                            <span className="block h-2 rounded" style={{ width: `${max ? (t.load / max) * 100 : 0}%`, background: "var(--color-indigo-500)" }} />
                          </span>
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {teams.length > PRINTED_ROWS && (
            <p className="hidden text-xs text-slate-500 print:block">{countLabel(locale, teams.length - PRINTED_ROWS, l.moreInExport)}</p>
          )}
        </>
      )}
    </DashboardCard>
  );
}
