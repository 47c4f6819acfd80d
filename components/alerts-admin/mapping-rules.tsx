"use client";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { mappingRulesQuery } from "@/lib/queries/alerts";
import { invalidateAlerts } from "@/lib/queries/invalidate";
import { useI18n } from "@/lib/i18n/client";
import type { TMappingRule } from "@/lib/schemas/alerts-admin";
import { QueryState } from "@/components/catalog/query-state";
import { errorMessage } from "@/components/catalog/error-message";
import { EmptyState } from "@/components/ui/feedback";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { RecordName } from "./record-name";
import { card, td, th } from "./table-style";

/** The mapping rules: a label whose value is a record key, or an alias for one value; delete with confirm. */
export function MappingRules({ canWrite, onNotice }: { canWrite: boolean; onNotice: (text: string | null) => void }) {
  const { m } = useI18n();
  const t = m.alertsAdmin.mapping;
  const qc = useQueryClient();
  const [deleting, setDeleting] = useState<TMappingRule | null>(null);
  const query = useQuery(mappingRulesQuery());
  const remove = useMutation({
    mutationFn: (r: TMappingRule) => api(`/alerts/mapping-rules/${encodeURIComponent(r.id)}`, { method: "DELETE" }),
    onSuccess: () => { setDeleting(null); onNotice(t.deleted); invalidateAlerts(qc); },
  });
  return (
    <section aria-labelledby="mapping-rules" className={card}>
      <h2 id="mapping-rules" className="mb-2 text-sm font-semibold text-slate-900">{t.rules}</h2>
      <QueryState query={query}>
        {({ items }) => items.length === 0 ? <EmptyState title={t.rulesEmpty} /> : (
          <table className="w-full">
            <caption className="sr-only">{t.rulesCaption}</caption>
            <thead><tr><th className={th}>{t.columns.label}</th><th className={th}>{t.columns.value}</th><th className={th}>{t.columns.target}</th><th className={th}>{t.columns.priority}</th>{canWrite && <th className={th}><span className="sr-only">{m.common.actions.delete}</span></th>}</tr></thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <td className={`${td} font-mono`}>{r.label}</td>
                  <td className={td}>{r.value === null ? <em className="text-slate-500">{t.keyLookup}</em> : <span className="font-mono">{r.value}</span>}</td>
                  <td className={td}>{m.enums.EntityType[r.targetType]}: {r.targetId ? <RecordName type={r.targetType} id={r.targetId} /> : t.anyRecord}</td>
                  <td className={`${td} tabular-nums`}>{r.priority}</td>
                  {canWrite && <td className={`${td} text-right`}><Button variant="secondary" onClick={() => { remove.reset(); setDeleting(r); }}>{m.common.actions.delete}</Button></td>}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      <ConfirmDialog open={deleting !== null} title={t.deleteTitle} busy={remove.isPending} onConfirm={() => deleting && remove.mutate(deleting)} onCancel={() => setDeleting(null)}>
        {deleting && <p className="font-mono">{deleting.label}{deleting.value === null ? "" : ` = ${deleting.value}`}</p>}
        {remove.error && <p role="alert" className="mt-2 text-red-700">{errorMessage(remove.error, m)}</p>}
      </ConfirmDialog>
    </section>
  );
}
