"use client";
import { useQuery } from "@tanstack/react-query";
import { rejectionsQuery } from "@/lib/queries/alerts";
import { useI18n } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import { QueryState } from "@/components/catalog/query-state";
import { EmptyState } from "@/components/ui/feedback";
import { card, td, th } from "./table-style";

const FIRST_ERRORS = 3;

/** Deliveries intake refused (engineers and admins only): who sent, why, and the body on demand. */
export function RejectionsLog() {
  const { m, locale } = useI18n();
  const t = m.alertsAdmin.mapping;
  const query = useQuery(rejectionsQuery());
  return (
    <section aria-labelledby="rejections" className={card}>
      <h2 id="rejections" className="text-sm font-semibold text-slate-900">{t.rejections}</h2>
      <p className="mb-2 text-xs text-slate-500">{t.rejectionsHint}</p>
      <QueryState query={query}>
        {({ items }) => items.length === 0 ? <EmptyState title={t.rejectionsEmpty} /> : (
          <table className="w-full">
            <caption className="sr-only">{t.rejectionsCaption}</caption>
            <thead><tr><th className={th}>{t.rejectionColumns.at}</th><th className={th}>{t.rejectionColumns.sender}</th><th className={th}>{t.rejectionColumns.status}</th><th className={th}>{t.rejectionColumns.errors}</th></tr></thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <td className={`${td} whitespace-nowrap`}>{formatDateTime(r.at, locale)}</td>
                  <td className={td}>{r.actorLabel} <span className="text-xs text-slate-500">({r.sourceKind})</span></td>
                  <td className={`${td} tabular-nums`}>{r.status}</td>
                  <td className={td}>
                    <ul className="space-y-0.5">
                      {r.errors.slice(0, FIRST_ERRORS).map((e, i) => <li key={i}><span className="font-mono text-xs">{e.path || "—"}</span> {e.message}</li>)}
                    </ul>
                    <details className="mt-1">
                      <summary className="cursor-pointer text-xs text-indigo-700">{t.showBody}</summary>
                      <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs">{r.body}</pre>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}
