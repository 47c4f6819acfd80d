"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDate, formatNumber } from "@/lib/i18n/format";
import { slaPath, slaReportQuery, type SlaParams } from "@/lib/queries/sla";
import { EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import { Checkbox, Field, Input } from "@/components/ui/field";
import { TeamFilter } from "@/components/pickers/team-filter";
import { SlaTable } from "./sla-table";
import { SlaTeams } from "./sla-teams";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** /health/sla: a month's objectives against what was measured, per interface and per team, in the URL. */
export function SlaView() {
  const { m, locale } = useI18n();
  const t = m.sla;
  const list = useListParams({ sort: "status" });
  const month = MONTH.test(list.params.month ?? "") ? list.params.month : new Date().toISOString().slice(0, 7);
  const params: SlaParams = { month, teamId: list.params.teamId || undefined, breached: list.params.breached === "true" ? "true" : undefined };
  const query = useQuery({ ...slaReportQuery(params), placeholderData: keepPreviousData });
  const data = query.data;
  const count = (v: number) => formatNumber(v, locale);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-44">
          <Field label={t.month}>
            {/* A native month input: keyboard-friendly, and the value is already YYYY-MM. */}
            {(id) => (
              <Input id={id} type="month" value={month} max={new Date().toISOString().slice(0, 7)}
                onChange={(e) => MONTH.test(e.target.value) && list.set({ month: e.target.value })} />
            )}
          </Field>
        </div>
        <div className="w-64"><TeamFilter list={list} label={m.common.fields.team} /></div>
        <Checkbox label={t.breachedOnly} checked={params.breached === "true"} onChange={(e) => list.set({ breached: e.target.checked ? "true" : undefined })} />
        <a href={slaPath({ ...params, format: "csv" })} download title={t.exportHint}
          className="ml-auto inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
          {t.exportCsv}
        </a>
      </div>
      {query.isPending ? <Spinner /> : !data ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : (
        <div className={query.isPlaceholderData ? "space-y-4 opacity-60 transition-opacity" : "space-y-4"} aria-busy={query.isFetching}>
          {query.isError && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
          <p className="text-xs text-slate-500">{fmt(t.measuredUntil, { from: formatDate(data.from, locale), to: formatDate(data.to, locale) })}</p>
          <div className="grid grid-cols-2 gap-4 sm:grid-cols-4" data-testid="sla-figures">
            {[
              { label: t.figures.interfaces, value: data.teams.reduce((s, r) => s + r.interfaces, 0) },
              { label: t.figures.breached, value: data.teams.reduce((s, r) => s + r.breached, 0), tone: "text-red-700 dark:text-red-400" },
              { label: t.figures.met, value: data.teams.reduce((s, r) => s + r.met, 0) },
              { label: t.figures.noData, value: data.teams.reduce((s, r) => s + r.noData, 0) },
            ].map((f) => (
              <div key={f.label} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
                <div className="text-sm text-slate-500">{f.label}</div>
                <div className={`mt-1 text-2xl font-semibold tabular-nums ${f.value > 0 && f.tone ? f.tone : ""}`}>{count(f.value)}</div>
              </div>
            ))}
          </div>
          {data.teams.length === 0 ? <EmptyState title={t.empty}>{t.emptyHint}</EmptyState> : (
            <>
              <SlaTeams teams={data.teams} onTeam={(teamId) => list.set({ teamId })} />
              {data.interfaces.length === 0 ? <EmptyState title={t.noBreaches} /> : <SlaTable rows={data.interfaces} caption={t.title} />}
            </>
          )}
        </div>
      )}
    </div>
  );
}
