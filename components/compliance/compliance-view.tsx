"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { COMPLIANCE_SORTS } from "@/lib/schemas/compliance";
import type { TSubjectType } from "@/lib/schemas/enums";
import { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { complianceMatrixQuery, complianceSummaryQuery } from "@/lib/queries/compliance";
import { ErrorState, Spinner } from "@/components/ui/feedback";
import { ComplianceFilters, COMPLIANCE_FILTER_PARAMS } from "./compliance-filters";
import { LevelChart } from "./level-chart";
import { MatrixSection } from "./matrix-section";
import { SubjectSwitch } from "./subject-switch";
import { TeamLevels } from "./team-levels";

/** The API's parameters from the URL's: only known filters, a known sort, style for interfaces only. */
function apiParams(params: Record<string, string | number>, subject: TSubjectType) {
  const out: Record<string, string | number> = { subject, page: params.page, pageSize: params.pageSize };
  for (const p of COMPLIANCE_FILTER_PARAMS) if (params[p]) out[p] = params[p];
  if (subject === "SYSTEM") delete out.style;
  const sort = String(params.sort);
  out.sort = (COMPLIANCE_SORTS as readonly string[]).includes(sort.replace(/^-/, "")) ? sort : "key";
  return out;
}

/** /compliance: the estate's levels, per team, and the matrix of records × standards, all filtered through the URL. */
export function ComplianceView() {
  const { m } = useI18n();
  const list = useListParams({ sort: "key", pageSize: 50 });
  const subject: TSubjectType = list.params.subject === "SYSTEM" ? "SYSTEM" : "INTERFACE";
  const params = apiParams(list.params, subject);
  const summary = useQuery(complianceSummaryQuery(subject));
  const matrix = useQuery({ ...complianceMatrixQuery(params), placeholderData: keepPreviousData });
  return (
    <div className="space-y-4">
      <SubjectSwitch value={subject} onChange={(s) => list.set({ subject: s === "INTERFACE" ? undefined : s, style: undefined, standardId: undefined })} />
      {summary.isPending ? <Spinner /> : summary.isError ? <ErrorState error={summary.error} onRetry={() => summary.refetch()} /> : (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <LevelChart estate={summary.data.estate} onLevel={(level) => list.set({ level })} />
          <TeamLevels teams={summary.data.byTeam} onTeam={(teamId) => list.set({ teamId })} />
        </div>
      )}
      <h2 className="pt-2 text-base font-semibold text-slate-900">{m.compliance.matrix.title}</h2>
      <ComplianceFilters list={list} interfaces={subject === "INTERFACE"} />
      <MatrixSection query={matrix} list={list} subject={subject} params={params} />
    </div>
  );
}
