"use client";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { teamHealthQuery } from "@/lib/queries/team-health";
import { ErrorState, Spinner } from "@/components/ui/feedback";
import { DashboardCard } from "@/components/dashboard/dashboard-card";
import { DeliveryTrendChart } from "./delivery-trend-chart";
import { HealthNowCard } from "./health-now-card";
import { TeamHealthCard } from "./team-health-card";

const SHOWN = 4;

/** The dashboard's team health: the delivery trend and the teams that most need a look. Fails on its own. */
export function TeamHealthDashboard({ teamId }: { teamId: string | null }) {
  const { m } = useI18n();
  const t = m.teamHealth;
  const query = useQuery(teamHealthQuery({ teamId: teamId ?? undefined }));
  if (query.isPending) return <Spinner />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const { teams, trend, days } = query.data;
  return (
    <div className="dashboard-chart-grid grid gap-4 lg:grid-cols-5">
      <div className="min-w-0 space-y-4 lg:col-span-2">
        <HealthNowCard teamId={teamId} />
        <DashboardCard title={t.trendTitle} hint={t.trendHint}>
          <DeliveryTrendChart trend={trend} />
        </DashboardCard>
      </div>
      <DashboardCard title={teamId ? t.title : t.cardsTitle} hint={`${fmt(t.hint, { days })}${teamId ? "" : ` · ${t.cardsHint}`}`} className="lg:col-span-3"
        actions={teamId ? undefined : <Link href="/teams" className="text-sm text-indigo-700 hover:underline print:hidden">{t.showAllTeams}</Link>}>
        {teams.length === 0 ? <p className="py-8 text-center text-sm text-slate-500">{t.emptyTeams}</p> : (
          <div className="space-y-4">
            {teams.slice(0, SHOWN).map((card) => <TeamHealthCard key={card.team.id} card={card} linkTeam={!teamId} />)}
          </div>
        )}
      </DashboardCard>
    </div>
  );
}
