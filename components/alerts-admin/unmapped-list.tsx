"use client";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { unmappedQuery } from "@/lib/queries/alerts";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, formatNumber } from "@/lib/i18n/format";
import { QueryState } from "@/components/catalog/query-state";
import { EmptyState } from "@/components/ui/feedback";
import { Button } from "@/components/ui/button";
import { MapDialog } from "./map-dialog";
import { card, td, th } from "./table-style";

type Group = { label: string; value: string };

/** Label values on alerts no rule maps, most alerts first; "Map to…" for engineers and admins. */
export function UnmappedList({ canWrite, onNotice }: { canWrite: boolean; onNotice: (text: string | null) => void }) {
  const { m, locale } = useI18n();
  const t = m.alertsAdmin.mapping;
  const [mapping, setMapping] = useState<Group | null>(null);
  const query = useQuery(unmappedQuery());
  return (
    <section aria-labelledby="unmapped" className={card}>
      <h2 id="unmapped" className="text-sm font-semibold text-slate-900">{t.unmapped}</h2>
      <p className="mb-2 text-xs text-slate-500">{t.unmappedHint}</p>
      <QueryState query={query}>
        {({ items }) => items.length === 0 ? <EmptyState title={t.unmappedEmpty} /> : (
          <table className="w-full">
            <caption className="sr-only">{t.unmappedCaption}</caption>
            <thead><tr><th className={th}>{t.columns.label}</th><th className={th}>{t.count}</th>{canWrite && <th className={th}><span className="sr-only">{t.mapTo}</span></th>}</tr></thead>
            <tbody>
              {items.map((g) => (
                <tr key={`${g.label}\u0000${g.value}`} className="border-t border-slate-100">
                  <td className={`${td} font-mono`}>{g.label} = {g.value}</td>
                  <td className={`${td} tabular-nums`}>{formatNumber(g.count, locale)}</td>
                  {canWrite && <td className={`${td} text-right`}><Button variant="secondary" aria-label={`${t.mapTo} ${g.label} = ${g.value}`} onClick={() => { onNotice(null); setMapping(g); }}>{t.mapTo}</Button></td>}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      {mapping && (
        <MapDialog label={mapping.label} value={mapping.value} onClose={() => setMapping(null)}
          onDone={(mapped) => { setMapping(null); onNotice(countLabel(locale, mapped, t.mapped)); }} />
      )}
    </section>
  );
}
