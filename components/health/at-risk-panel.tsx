"use client";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt, formatNumber } from "@/lib/i18n/format";
import { atRiskQuery } from "@/lib/queries/health";
import { Card } from "@/components/ui/page-header";
import { ErrorState, Spinner } from "@/components/ui/feedback";
import { StateBadge } from "./health-marks";

const LISTED = 20;

/** What DOWN and DEGRADED records put at risk: causes, impact, the nearest at-risk systems and whom to call. */
export function AtRiskPanel() {
  const { m, locale } = useI18n();
  const t = m.health.atRisk;
  const query = useQuery(atRiskQuery(LISTED));
  if (query.isPending) return <Card title={t.title}><Spinner /></Card>;
  if (query.isError) return <Card title={t.title}><ErrorState error={query.error} onRetry={() => query.refetch()} /></Card>;
  const d = query.data;
  const [w0, w1, w2, w3] = d.weights;
  const href = (type: string, id: string) => `/${type === "SYSTEM" ? "systems" : "interfaces"}/${id}`;
  return (
    <Card title={t.title}>
      {d.causes.length === 0 ? (
        <p className="text-sm text-slate-500" data-testid="at-risk-empty">{t.empty}</p>
      ) : (
        <div className="space-y-3 text-sm" data-testid="at-risk-panel">
          <p>
            <span className="text-lg font-semibold text-slate-900" title={fmt(t.impactHint, { w0, w1, w2, w3 })} data-testid="at-risk-impact">
              {fmt(t.impact, { impact: formatNumber(d.totals.impact, locale) })}
            </span>
            <span className="block text-xs text-slate-500">
              {countLabel(locale, d.totals.systems, t.systems)} · {countLabel(locale, d.totals.interfaces, t.interfaces)}
            </span>
            <span className="block text-xs text-slate-500">{fmt(t.impactHint, { w0, w1, w2, w3 })}</span>
          </p>
          <div>
            <h3 className="text-xs font-semibold uppercase text-slate-500">{t.causes}</h3>
            <ul className="mt-1 space-y-1">
              {d.causes.slice(0, LISTED).map((c) => (
                <li key={c.id} className="flex flex-wrap items-center gap-1.5">
                  <StateBadge state={c.state} />
                  <Link href={href(c.type, c.id)} className="font-medium text-indigo-700 hover:underline">{c.name}</Link>
                  <span className="text-xs text-slate-500">{countLabel(locale, c.atRisk, t.reaches)}</span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="text-xs font-semibold uppercase text-slate-500">{t.nearest}</h3>
            <ul className="mt-1 space-y-1" data-testid="at-risk-systems">
              {d.systems.map((s) => (
                <li key={s.id} data-testid="at-risk-system">
                  <Link href={`/systems/${s.id}`} className="font-medium text-indigo-700 hover:underline">{s.name}</Link>
                  <span className="ml-1 text-xs text-slate-500">
                    T{s.tier} · {fmt(t.because, { cause: s.cause.name })} · {countLabel(locale, s.distance, t.hops)}
                  </span>
                </li>
              ))}
            </ul>
            {d.totals.systems > d.systems.length && <p className="text-xs text-slate-500">{fmt(t.more, { count: d.totals.systems - d.systems.length })}</p>}
          </div>
          <div>
            <h3 className="text-xs font-semibold uppercase text-slate-500">{t.call}</h3>
            <ul className="mt-1 space-y-1.5" data-testid="at-risk-teams">
              {d.teams.slice(0, 8).map((team) => (
                <li key={team.id}>
                  <Link href={`/teams/${team.id}`} className="font-medium text-indigo-700 hover:underline">{team.name}</Link>
                  <span className="block text-xs text-slate-600">
                    {[team.onCall && fmt(t.onCall, { value: team.onCall }), team.chatChannel && fmt(t.chat, { value: team.chatChannel }),
                      team.contactEmail && fmt(t.email, { value: team.contactEmail })].filter(Boolean).join(" · ")}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </Card>
  );
}
