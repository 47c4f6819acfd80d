"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDateTime } from "@/lib/i18n/format";
import { QueryState } from "@/components/catalog/query-state";
import { dashboardQuery, ownershipSummaryQuery } from "@/lib/queries/dashboard";
import { DashboardToolbar } from "./dashboard-toolbar";
import { FigureCards } from "./figure-cards";
import { DashboardCharts } from "./dashboard-charts";
import { ChangesChart } from "./changes-chart";
import { ComplianceTrendCard } from "./compliance-trend-card";
import { RecentChanges } from "./recent-changes";
import { TeamLoad } from "./team-load";
import { RiskiestSystems } from "./riskiest-systems";
import { OwnershipByTeam, OwnershipGapsChart } from "./ownership-section";
import { useLightPrint } from "@/hooks/use-light-print";
import { TeamHealthDashboard } from "@/components/team-health/team-health-dashboard";

/** A retry a minute while the ownership summary is unavailable (e.g. not deployed yet), else none. */
const retryWhileFailing = (query: { state: { status: string } }) => (query.state.status === "error" ? 60_000 : false);

/**
 * The manager dashboard: read-only figures for the whole estate or one team (?teamId=). Every
 * figure comes from one aggregated response (GET /api/v1/dashboard); ownership health from
 * GET /api/v1/ownership/summary, which may fail on its own without taking the rest down.
 */
export function Dashboard() {
  const { m, locale } = useI18n();
  const list = useListParams({ sort: "name" });
  const teamId = list.params.teamId || null;
  const figures = useQuery({ ...dashboardQuery(teamId), placeholderData: keepPreviousData, staleTime: 30_000 });
  const ownership = useQuery({ ...ownershipSummaryQuery(teamId), retry: false, staleTime: 30_000, refetchInterval: retryWhileFailing });
  useLightPrint();
  return (
    <div className="dashboard space-y-4" aria-busy={figures.isFetching}>
      <DashboardToolbar list={list} />
      <QueryState query={figures}>
        {(data) => (
          <>
            {data.team && <p className="text-sm text-slate-600">{fmt(m.dashboard.teamSubtitle, { team: data.team.name })}</p>}
            <p className="hidden text-xs text-slate-500 print:block">{fmt(m.dashboard.printedAt, { date: formatDateTime(new Date(), locale) })}</p>
            <FigureCards data={data} ownership={ownership} teamId={teamId} />
            <DashboardCharts data={data} teamId={teamId} />
            <div className="dashboard-chart-grid grid gap-4 lg:grid-cols-3">
              <ComplianceTrendCard teamId={teamId} />
              <ChangesChart weeks={data.changesPerWeek} teamFiltered={!!teamId} />
              <OwnershipGapsChart query={ownership} teamId={teamId} />
            </div>
            <TeamHealthDashboard teamId={teamId} />
            <div className="dashboard-table-grid grid gap-4 lg:grid-cols-3">
              <div className="min-w-0 lg:col-span-2"><RiskiestSystems systems={data.riskiestSystems} /></div>
              <RecentChanges changes={data.recentChanges} />
            </div>
            <div className="dashboard-table-grid grid gap-4 lg:grid-cols-2">
              <TeamLoad teams={data.teamsByLoad} />
              <OwnershipByTeam query={ownership} />
            </div>
          </>
        )}
      </QueryState>
    </div>
  );
}
