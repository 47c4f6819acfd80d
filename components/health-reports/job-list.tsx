"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { JOB_RUN_STATUSES } from "@/lib/schemas/job-health";
import { jobHealthQuery } from "@/lib/queries/health-reports";
import { ListPage } from "@/components/catalog/list-page";
import { FilterSelect } from "@/components/catalog/filter-select";
import { TeamFilter } from "@/components/pickers/team-filter";
import { useJobColumns } from "./job-columns";

const FILTERS = ["teamId", "lastRun"] as const;

/** /health/jobs: every job with its latest runs, failed ones first. */
export function JobList() {
  const { m } = useI18n();
  const t = m.jobs;
  const list = useListParams({ sort: "lastRun", pageSize: 50 });
  const query = useQuery({ ...jobHealthQuery(list.params), placeholderData: keepPreviousData });
  const statuses = [...JOB_RUN_STATUSES.map((s) => ({ value: s, label: t.runStatus[s] })), { value: "NONE", label: t.never }];
  return (
    <ListPage list={list} query={query} columns={useJobColumns()} rowKey={(j) => j.id}
      caption={t.caption} searchLabel={t.search} searchPlaceholder={t.searchPlaceholder}
      filters={<>
        <FilterSelect list={list} param="lastRun" label={t.lastRunFilter} options={statuses} />
        <TeamFilter list={list} label={m.common.fields.team} />
      </>}
      filterParams={FILTERS} empty={{ title: t.empty, hint: t.emptyHint }} />
  );
}
