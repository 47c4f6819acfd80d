"use client";
import type { UseQueryResult } from "@tanstack/react-query";
import { COMPLIANCE_STATUSES, type TComplianceMatrix } from "@/lib/schemas/compliance";
import type { TSubjectType } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { compliancePath } from "@/lib/queries/compliance";
import { Pagination } from "@/components/ui/data-table";
import { EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import { Button } from "@/components/ui/button";
import type { ListState } from "@/components/catalog/list-page";
import { localText } from "@/components/standards/local-text";
import { subjectWord } from "@/components/standards/check-words";
import { StatusBadge } from "./compliance-marks";
import { MatrixTable } from "./matrix-table";

type Props = { query: UseQueryResult<TComplianceMatrix>; list: ListState; subject: TSubjectType; params: Record<string, string | number> };

/** The matrix with its states, legend, CSV export (the same filters, every row) and paging. */
export function MatrixSection({ query, list, subject, params }: Props) {
  const { m, locale } = useI18n();
  const t = m.compliance.matrix;
  const { page: _p, pageSize: _s, ...filters } = params;
  const csvHref = compliancePath({ ...filters, format: "csv" });
  const data = query.data;
  if (query.isPending) return <Spinner />;
  if (!data) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const standard = list.params.standardId ? data.standards.find((s) => s.id === list.params.standardId) : undefined;
  const filtered = Object.keys(filters).some((k) => k !== "subject" && k !== "sort");
  return (
    <section aria-label={t.title} aria-busy={query.isFetching} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <ul className="flex flex-wrap items-center gap-2 text-xs" aria-label={t.legend}>
          {COMPLIANCE_STATUSES.map((s) => <li key={s}><StatusBadge status={s} /></li>)}
        </ul>
        <div className="flex items-center gap-2">
          {standard && (
            <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => list.set({ standardId: undefined })}>
              {localText(standard.text, locale).name} <span aria-hidden>×</span>
            </Button>
          )}
          <a href={csvHref} download title={t.exportHint}
            className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
            {t.exportCsv}
          </a>
        </div>
      </div>
      {query.isError && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      {data.standards.length === 0 ? (
        <EmptyState title={fmt(t.noStandards, { subject: subjectWord(m, subject) })} />
      ) : data.total === 0 ? (
        <EmptyState title={filtered ? m.common.states.noMatches : t.empty} />
      ) : (
        <div className={query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
          <MatrixTable matrix={data} subject={subject} sort={String(params.sort)} onSort={(sort) => list.set({ sort })} />
          <Pagination page={data.page} pageSize={data.pageSize} total={data.total}
            onPage={(page) => list.set({ page })} onPageSize={(pageSize) => list.set({ pageSize })} />
        </div>
      )}
    </section>
  );
}
