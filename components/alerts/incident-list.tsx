"use client";
import Link from "next/link";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, formatDateTime } from "@/lib/i18n/format";
import { relativeTime } from "@/lib/i18n/relative-time";
import type { TIncidentRow } from "@/lib/schemas/alert-views";
import { incidentListQuery } from "@/lib/queries/alerts";
import { ListPage } from "@/components/catalog/list-page";
import { FilterSelect } from "@/components/catalog/filter-select";
import { TeamFilter } from "@/components/pickers/team-filter";
import type { Column } from "@/components/ui/data-table";
import { useNow } from "@/hooks/use-now";
import { SeverityBadge } from "./severity-badge";
import { IncidentStateBadge } from "./incident-state-badge";

const FILTERS = ["state", "teamId"] as const;

function useIncidentColumns(): Column<TIncidentRow>[] {
  const { m, locale } = useI18n();
  const t = m.alerts.incident;
  const now = useNow();
  return [
    {
      id: "incident", header: t.columns.incident, sort: "number",
      cell: (n) => (
        <div className="flex flex-wrap items-center gap-1.5">
          <SeverityBadge severity={n.severity} />
          <Link href={`/alerts/incidents/${n.number}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">#{n.number} {n.title}</Link>
        </div>
      ),
    },
    {
      id: "system", header: t.columns.system,
      cell: (n) => (
        <div>
          <Link href={`/systems/${n.system.id}`} className="hover:underline">{n.system.name}</Link>
          <div className="text-xs text-slate-500">{n.team?.name ?? m.sla.noTeam}</div>
        </div>
      ),
    },
    { id: "opened", header: t.columns.opened, sort: "opened", cell: (n) => <span title={formatDateTime(n.openedAt, locale)}>{relativeTime(n.openedAt, locale, now)}</span> },
    { id: "state", header: t.columns.state, cell: (n) => <IncidentStateBadge state={n.state} /> },
    {
      id: "alerts", header: t.columns.alerts,
      cell: (n) => (
        <div className="text-xs">
          <div>{countLabel(locale, n.alerts, t.alertsOf)}</div>
          {n.symptoms > 0 && <div className="text-indigo-700">{countLabel(locale, n.symptoms, t.symptomsOf)}</div>}
        </div>
      ),
    },
  ];
}

/** /alerts/incidents: open ones first by default, newest first. */
export function IncidentList() {
  const { m } = useI18n();
  const t = m.alerts.incident;
  const list = useListParams({ sort: "opened", pageSize: 50 });
  const query = useQuery({ ...incidentListQuery(list.params), placeholderData: keepPreviousData });
  const states = (["OPEN", "ACKNOWLEDGED", "RESOLVED"] as const).map((s) => ({ value: s, label: t.state[s] }));
  return (
    <ListPage list={list} query={query} columns={useIncidentColumns()} rowKey={(n) => n.id}
      caption={t.incidentCaption} searchLabel={m.alerts.search} searchPlaceholder="#12"
      filters={<>
        <FilterSelect list={list} param="state" label={m.alerts.columns.state} options={states} />
        <TeamFilter list={list} label={m.common.fields.team} />
      </>}
      filterParams={FILTERS} empty={{ title: t.emptyIncidents, hint: t.emptyIncidentsHint }} />
  );
}
