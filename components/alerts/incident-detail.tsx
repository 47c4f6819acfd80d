"use client";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { incidentQuery } from "@/lib/queries/alerts";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDateTime } from "@/lib/i18n/format";
import { QueryState } from "@/components/catalog/query-state";
import { BackLink } from "@/components/catalog/breadcrumb";
import { errorMessage } from "@/components/catalog/error-message";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { SeverityBadge } from "./severity-badge";
import { IncidentStateBadge } from "./incident-state-badge";
import { IncidentTimeline } from "./incident-timeline";
import { PeopleCard, RootCauseCard } from "./incident-side";
import { useAlertColumns } from "./alert-columns";
import { useAlertActions } from "./use-alert-actions";

/** An incident: what fired, the probable root cause, whom to call, and everything that happened. */
export function IncidentDetail({ id, canWrite }: { id: string; canWrite: boolean }) {
  const { m, locale } = useI18n();
  const t = m.alerts.incident;
  const query = useQuery(incidentQuery(id));
  const { incident: act } = useAlertActions();
  // The incident's alerts come in one list: no sorting of their own.
  const columns = useAlertColumns().map(({ sort: _sort, ...c }) => c);
  const back = { href: "/alerts/incidents", label: m.alerts.incidentsTitle };
  return (
    <QueryState query={query} back={back}>
      {(n) => (
        <div className="space-y-4">
          <BackLink href={back.href} label={back.label} />
          <header className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h1 className="flex flex-wrap items-center gap-2 text-xl font-semibold text-slate-900">
                <span>{fmt(t.number, { number: n.number })}</span>
                <SeverityBadge severity={n.severity} />
                <IncidentStateBadge state={n.state} />
              </h1>
              <p className="mt-1 text-slate-800">{n.title}</p>
              <p className="text-sm text-slate-500">
                <Link href={`/systems/${n.system.id}`} className="hover:underline">{n.system.name}</Link>
                {n.team && <> · <Link href={`/teams/${n.team.id}`} className="hover:underline">{n.team.name}</Link></>}
                {" · "}{fmt(t.opened, { time: formatDateTime(n.openedAt, locale) })}
              </p>
            </div>
            {canWrite && n.state !== "RESOLVED" && (
              <div className="flex gap-2">
                {n.state === "OPEN" && (
                  <Button disabled={act.isPending} onClick={() => act.mutate({ id: n.id, action: "acknowledge" })}>{m.alerts.actions.acknowledge}</Button>
                )}
                <Button variant="secondary" disabled={act.isPending} onClick={() => act.mutate({ id: n.id, action: "resolve" })}>{m.alerts.actions.resolve}</Button>
              </div>
            )}
          </header>
          {act.error && <p role="alert" className="text-sm text-red-700">{errorMessage(act.error, m)}</p>}
          <div className="grid gap-4 lg:grid-cols-2">
            <RootCauseCard incident={n} />
            <PeopleCard incident={n} />
          </div>
          <section aria-labelledby="incident-alerts" className="space-y-2">
            <h2 id="incident-alerts" className="text-sm font-semibold text-slate-900">{t.alerts}</h2>
            <DataTable columns={columns} rows={n.alertList} rowKey={(a) => a.id} caption={t.alerts} sort="severity" onSort={() => undefined} />
          </section>
          <section aria-labelledby="incident-timeline" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="incident-timeline" className="mb-3 text-sm font-semibold text-slate-900">{t.timeline}</h2>
            <IncidentTimeline items={n.timeline} />
          </section>
        </div>
      )}
    </QueryState>
  );
}
