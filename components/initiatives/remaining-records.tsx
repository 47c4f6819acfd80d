"use client";
import { RecordNameCell } from "@/components/compliance/record-name-cell";
import type { TInitiativeDetail } from "@/lib/schemas/initiative";
import { useI18n } from "@/lib/i18n/client";
import { Card } from "@/components/ui/page-header";
import { LevelBadge } from "@/components/compliance/compliance-marks";

/** The records below the target (the API's first 200, lowest level first), each opening its own page. */
export function RemainingRecords({ initiative: i }: { initiative: TInitiativeDetail }) {
  const { m } = useI18n();
  const t = m.initiatives.detail;
  const base = i.appliesTo === "SYSTEM" ? "/systems" : "/interfaces";
  return (
    <Card title={t.remaining}>
      <p className="-mt-2 mb-3 text-xs text-slate-500">{t.remainingHint}</p>
      {i.remaining.length === 0 ? (
        <p className="text-sm text-slate-500">{t.remainingEmpty}</p>
      ) : (
        <div className="max-h-96 overflow-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="initiative-remaining">
            <caption className="sr-only">{t.remaining}</caption>
            <thead className="sticky top-0 bg-white">
              <tr className="text-left text-xs text-slate-500">
                <th scope="col" className="py-1.5 pr-3 font-medium">{t.record}</th>
                <th scope="col" className="py-1.5 pr-3 font-medium">{m.common.fields.team}</th>
                <th scope="col" className="py-1.5 font-medium">{t.level}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {i.remaining.map((r) => (
                <tr key={r.id}>
                  <RecordNameCell href={`${base}/${r.id}`} name={r.name} recordKey={r.key} />
                  <td className="py-1.5 pr-3 text-slate-700">{r.team?.name ?? "—"}</td>
                  <td className="py-1.5"><LevelBadge level={r.level} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
