"use client";
import { RecordNameCell } from "@/components/compliance/record-name-cell";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import type { TStandard } from "@/lib/schemas/standard";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { complianceMatrixQuery } from "@/lib/queries/compliance";
import { toQuery } from "@/lib/api-client";
import { Card } from "@/components/ui/page-header";
import { ErrorState, Spinner } from "@/components/ui/feedback";
import { TierBadge } from "@/components/catalog/catalog-badges";
import { FAILING_STATUSES, LevelBadge, StatusBadge } from "@/components/compliance/compliance-marks";

const LIMIT = 100;

/**
 * The records that break the standard now. The API's failing=true means "fails something", so the
 * rows are narrowed to those failing this standard here; the matrix behind the link has them all.
 */
export function FailingRecords({ standard }: { standard: TStandard }) {
  const { m } = useI18n();
  const t = m.standards.detail;
  const params = { subject: standard.appliesTo, standardId: standard.id, failing: "true", sort: "key", pageSize: LIMIT };
  const query = useQuery({ ...complianceMatrixQuery(params), enabled: standard.active });
  const base = standard.appliesTo === "SYSTEM" ? "/systems" : "/interfaces";
  const matrixHref = `/compliance${toQuery({ subject: standard.appliesTo, standardId: standard.id, failing: "true" })}`;
  let body;
  if (!standard.active) body = <p className="text-sm text-slate-500">{t.inactive}</p>;
  else if (query.isPending) body = <Spinner />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  else {
    const rows = query.data.items.filter((r) => FAILING_STATUSES.includes(r.results[standard.id]));
    body = rows.length === 0 ? <p className="text-sm text-slate-500">{t.failingEmpty}</p> : (
      <>
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="failing-records">
          <caption className="sr-only">{t.failing}</caption>
          <thead>
            <tr className="text-left text-xs text-slate-500">
              <th scope="col" className="py-1.5 pr-3 font-medium">{m.compliance.matrix.record}</th>
              <th scope="col" className="py-1.5 pr-3 font-medium">{m.common.fields.team}</th>
              <th scope="col" className="py-1.5 pr-3 font-medium">{m.common.fields.tier}</th>
              <th scope="col" className="py-1.5 pr-3 font-medium">{m.waivers.columns.status}</th>
              <th scope="col" className="py-1.5 font-medium">{m.compliance.matrix.level}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id}>
                <RecordNameCell href={`${base}/${r.id}`} name={r.name} recordKey={r.key} />
                <td className="py-1.5 pr-3 text-slate-700">{r.team?.name ?? "—"}</td>
                <td className="py-1.5 pr-3"><TierBadge tier={r.tier} /></td>
                <td className="py-1.5 pr-3"><StatusBadge status={r.results[standard.id]} /></td>
                <td className="py-1.5"><LevelBadge level={r.level} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        {query.data.total > LIMIT && <p className="mt-2 text-xs text-slate-500">{fmt(t.more, { shown: LIMIT })}</p>}
      </>
    );
  }
  return (
    <Card title={t.failing} actions={standard.active && <Link href={matrixHref} className="text-sm text-indigo-700 hover:underline">{t.openMatrix}</Link>}>
      <p className="-mt-2 mb-3 text-xs text-slate-500">{t.failingHint}</p>
      {body}
    </Card>
  );
}
