"use client";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { toQuery } from "@/lib/api-client";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatNumber, formatPercent } from "@/lib/i18n/format";
import { healthOverviewQuery } from "@/lib/queries/health";
import { slaReportQuery } from "@/lib/queries/sla";
import { ErrorState, Spinner } from "@/components/ui/feedback";
import { DashboardCard } from "@/components/dashboard/dashboard-card";
import { AtRiskBadge, Since, StateBadge } from "@/components/health/health-marks";

const SHOWN = 6;

/**
 * The manager's "what is broken now": tier-0/1 systems and interfaces down, degraded or silent,
 * what they put at risk, and this month's SLA attainment. Fails on its own.
 */
export function HealthNowCard({ teamId }: { teamId: string | null }) {
  const { m, locale } = useI18n();
  const t = m.teamHealth.dashboard;
  const scope = { tier: "0,1", pageSize: 1, ...(teamId ? { teamId } : {}) };
  const systems = useQuery(healthOverviewQuery({ ...scope, subject: "SYSTEM" }));
  const interfaces = useQuery(healthOverviewQuery({ ...scope, subject: "INTERFACE" }));
  const sla = useQuery(slaReportQuery({ teamId: teamId ?? undefined }));
  const failed = [systems, interfaces].find((q) => q.isError);
  const n = (v: number) => formatNumber(v, locale);
  let body;
  if (failed) body = <ErrorState error={failed.error} onRetry={() => { void systems.refetch(); void interfaces.refetch(); }} />;
  else if (!systems.data || !interfaces.data) body = <Spinner />;
  else {
    const rows = [
      ...systems.data.problems.filter((r) => r.tier <= 1).map((r) => ({ ...r, href: `/systems/${r.id}` })),
      ...interfaces.data.problems.filter((r) => r.tier <= 1).map((r) => ({ ...r, href: `/interfaces/${r.id}` })),
    ].sort((a, b) => a.tier - b.tier || (a.since ?? "").localeCompare(b.since ?? ""));
    const unhealthy = (c: typeof systems.data.counts) => c.DOWN + c.DEGRADED + c.NO_DATA;
    const teams = sla.data?.teams ?? [];
    const met = teams.reduce((s, r) => s + r.met, 0);
    const judged = met + teams.reduce((s, r) => s + r.breached, 0);
    body = (
      <div className="space-y-3">
        <dl className="grid grid-cols-3 gap-2" data-testid="health-now-figures">
          <div><dt className="text-xs text-slate-500">{t.unhealthy}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{n(unhealthy(systems.data.counts) + unhealthy(interfaces.data.counts))}</dd></div>
          <div><dt className="text-xs text-slate-500">{t.atRisk}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{n(systems.data.counts.AT_RISK + interfaces.data.counts.AT_RISK)}</dd></div>
          <div><dt className="text-xs text-slate-500">{t.sla}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{judged ? formatPercent(met / judged, locale) : "—"}</dd>
            <dd className="text-xs text-slate-500">{judged ? fmt(t.slaDetail, { met: n(met), judged: n(judged) }) : t.noSla}</dd></div>
        </dl>
        {rows.length === 0 ? <p className="text-sm text-slate-500">{t.allWell}</p> : (
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {rows.slice(0, SHOWN).map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-2 py-1.5 text-sm">
                <StateBadge state={r.state} />
                <Link href={r.href} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">{r.name}</Link>
                {r.atRisk && <AtRiskBadge />}
                <span className="ml-auto text-xs"><Since at={r.since} /></span>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return (
    <DashboardCard title={t.title} hint={t.hint}
      actions={<Link href={`/health${toQuery({ teamId })}`} className="text-sm text-indigo-700 hover:underline print:hidden">{t.open}</Link>}>
      {body}
    </DashboardCard>
  );
}
