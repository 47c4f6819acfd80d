"use client";
import { Fragment, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { IMPORT_ACTIONS } from "@/lib/schemas/interop";
import { importBatchListQuery } from "@/lib/queries/import";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { Badge, EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import { Pagination } from "@/components/ui/data-table";
import { problemPlace } from "./import-problems";

const STATE_TONES = { RUNNING: "indigo", APPLIED: "emerald", FAILED: "red" } as const;

/** The counts a finished batch's summary holds ({ counts: { systems: { create: 3 } … } }), if it holds them. */
function summaryCounts(summary: unknown): Record<string, Partial<Record<string, number>>> | null {
  const counts = (summary as { counts?: unknown } | null)?.counts;
  return counts && typeof counts === "object" ? (counts as Record<string, Partial<Record<string, number>>>) : null;
}

/** A batch's counts in one line, actions added up across kinds. */
function useSummaryLine() {
  const { m, locale } = useI18n();
  return (summary: unknown) => {
    const counts = summaryCounts(summary);
    if (!counts) return "—";
    const parts = IMPORT_ACTIONS.filter((a) => a !== "unchanged").flatMap((a) => {
      const n = Object.values(counts).reduce((sum, c) => sum + (c?.[a] ?? 0), 0);
      return n ? [`${m.interop.actions[a]} ${formatNumber(n, locale)}`] : [];
    });
    return parts.length ? parts.join(" · ") : "—";
  };
}

/** The import batches, newest first: who, when, from what, how much; a row opens its summary and problems. */
export function BatchHistory() {
  const { m, locale } = useI18n();
  const t = m.interop.history;
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const [open, setOpen] = useState<string | null>(null);
  const batches = useQuery(importBatchListQuery(page, pageSize));
  const summaryLine = useSummaryLine();

  if (batches.isPending) return <Spinner />;
  if (batches.isError) return <ErrorState error={batches.error} onRetry={() => batches.refetch()} />;
  if (batches.data.items.length === 0) return <EmptyState title={t.empty}>{t.emptyHint}</EmptyState>;
  return (
    <div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t.caption}</caption>
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              {[t.when, t.who, t.source, t.label, t.state, t.counts].map((h) => <th key={h} scope="col" className="px-3 py-2 font-medium">{h}</th>)}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {batches.data.items.map((b) => {
              const expanded = open === b.id;
              return (
                <Fragment key={b.id}>
                  <tr>
                    <td className="whitespace-nowrap px-3 py-2 text-slate-700">{formatDateTime(b.startedAt, locale)}</td>
                    <td className="px-3 py-2 text-slate-700">{b.actor.label}</td>
                    <td className="px-3 py-2">{t.sources[b.source] ?? b.source}</td>
                    <td className="px-3 py-2">
                      <Button variant="ghost" className="max-w-xs justify-start px-1 font-mono text-xs" aria-expanded={expanded} title={b.label}
                        aria-label={expanded ? t.hideDetails : fmt(t.details, { label: b.label })} onClick={() => setOpen(expanded ? null : b.id)}>
                        <span className="truncate">{b.label}</span>
                      </Button>
                    </td>
                    <td className="px-3 py-2"><Badge tone={STATE_TONES[b.state] ?? "slate"}>{t.states[b.state] ?? b.state}</Badge></td>
                    <td className="px-3 py-2 text-slate-700">{summaryLine(b.summary)}</td>
                  </tr>
                  {expanded && (
                    <tr>
                      <td colSpan={6} className="space-y-2 bg-slate-50 px-3 py-3 text-xs">
                        <p className="font-mono text-slate-500">{b.id} · {formatNumber(b.done, locale)} / {formatNumber(b.total, locale)}</p>
                        {b.problems.length === 0 ? <p className="text-slate-500">{t.noProblems}</p> : (
                          <ul className="space-y-0.5">
                            {b.problems.map((p, i) => (
                              <li key={i}><span className="font-mono text-slate-500">{problemPlace(p)}</span> {p.entity} {p.key ?? ""}: {p.message}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageSize={pageSize} total={batches.data.total} onPage={setPage} onPageSize={(s) => { setPageSize(s); setPage(1); }} />
    </div>
  );
}
