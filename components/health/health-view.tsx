"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { HEALTH_SORTS } from "@/lib/schemas/health-views";
import type { TSubjectType } from "@/lib/schemas/enums";
import { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { healthOverviewQuery } from "@/lib/queries/health";
import { ErrorState, Spinner } from "@/components/ui/feedback";
import { SubjectSwitch } from "@/components/compliance/subject-switch";
import { HealthCounts } from "./health-counts";
import { HealthFilters, HEALTH_FILTER_PARAMS } from "./health-filters";
import { HealthGrid } from "./health-grid";
import { HealthProblems } from "./health-problems";
import { HealthTable } from "./health-table";
import { AtRiskPanel } from "./at-risk-panel";

/** The API's parameters from the URL's: only known filters and sorts, kind for systems and style for interfaces. */
function apiParams(params: Record<string, string | number>, subject: TSubjectType) {
  const out: Record<string, string | number> = { subject, page: params.page, pageSize: params.pageSize };
  for (const p of HEALTH_FILTER_PARAMS) if (params[p]) out[p] = params[p];
  delete out[subject === "SYSTEM" ? "style" : "kind"];
  out.groupBy = params.groupBy === "layer" ? "layer" : "team";
  const sort = String(params.sort);
  out.sort = (HEALTH_SORTS as readonly string[]).includes(sort.replace(/^-/, "")) ? sort : "problem";
  return out;
}

/** /health: counts by state, problems, the grid by team or layer, the at-risk panel and every record, filtered through the URL. */
export function HealthView() {
  const { m } = useI18n();
  const list = useListParams({ sort: "problem", pageSize: 50 });
  const subject: TSubjectType = list.params.subject === "INTERFACE" ? "INTERFACE" : "SYSTEM";
  const params = apiParams(list.params, subject);
  const query = useQuery({ ...healthOverviewQuery(params), placeholderData: keepPreviousData });
  const base = subject === "SYSTEM" ? "/systems" : "/interfaces";
  const filtered = HEALTH_FILTER_PARAMS.some((p) => !!params[p]);
  return (
    <div className="space-y-4">
      <SubjectSwitch value={subject} onChange={(s) => list.set({ subject: s === "SYSTEM" ? undefined : s, kind: undefined, style: undefined })} />
      {query.isPending ? <Spinner /> : !query.data ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : (
        <>
          {query.isError && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
          <HealthCounts counts={query.data.counts} active={list.params.state} onPick={(state) => list.set({ state })} />
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
            <div className="space-y-4 lg:col-span-2">
              <HealthProblems rows={query.data.problems} base={base} />
              <HealthGrid grid={query.data.grid} groupBy={params.groupBy as "team" | "layer"}
                onGroupBy={(groupBy) => list.set({ groupBy: groupBy === "team" ? undefined : groupBy })}
                onPick={(group) => list.set({ teamId: group.teamId, layer: group.layer })} />
            </div>
            <AtRiskPanel />
          </div>
          <h2 className="pt-2 text-base font-semibold text-slate-900">{m.health.table.title}</h2>
          <HealthFilters list={list} interfaces={subject === "INTERFACE"} />
          <HealthTable data={query.data} list={list} base={base} filtered={filtered} stale={query.isPlaceholderData} />
        </>
      )}
    </div>
  );
}
