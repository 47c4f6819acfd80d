"use client";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { maintenanceListQuery } from "@/lib/queries/alerts";
import { invalidateAlerts } from "@/lib/queries/invalidate";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDateTime } from "@/lib/i18n/format";
import type { TMaintenance } from "@/lib/schemas/alerts-admin";
import type { Messages } from "@/lib/i18n/messages";
import { QueryState } from "@/components/catalog/query-state";
import { errorMessage } from "@/components/catalog/error-message";
import { Badge, Banner, EmptyState } from "@/components/ui/feedback";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { MaintenanceForm } from "./maintenance-form";
import { RecordName } from "./record-name";
import { td, th } from "./table-style";

const hhmm = (minute: number) => `${String(Math.floor(minute / 60) % 24).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** "every Tuesday 02:00–04:00 Asia/Shanghai", or the one-off window's two local times. */
function when(w: TMaintenance, m: Messages, locale: string): string {
  const t = m.alertsAdmin.maintenance;
  if (w.kind === "ONE_OFF") return `${formatDateTime(w.startsAt, locale)} – ${formatDateTime(w.endsAt, locale)}`;
  const start = w.startMinute ?? 0;
  return fmt(t.weekly, { weekday: t.weekdays[w.weekday ?? 0], from: hhmm(start), to: hhmm(start + (w.durationMinutes ?? 0)), zone: w.timeZone });
}

/** /alerts/maintenance: every window, open ones marked; engineers and admins add and delete. */
export function MaintenanceList({ canWrite }: { canWrite: boolean }) {
  const { m, locale } = useI18n();
  const t = m.alertsAdmin.maintenance;
  const qc = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<TMaintenance | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const query = useQuery(maintenanceListQuery());
  const remove = useMutation({
    mutationFn: (w: TMaintenance) => api(`/alerts/maintenance/${encodeURIComponent(w.id)}`, { method: "DELETE" }),
    onSuccess: () => { setDeleting(null); setNotice(t.deleted); invalidateAlerts(qc); },
  });
  return (
    <div className="space-y-3">
      <div className="flex items-center">
        {canWrite ? <Button className="ml-auto" onClick={() => { setNotice(null); setCreating(true); }}>{t.create}</Button> : <p className="text-sm text-slate-500">{m.alertsAdmin.readOnly}</p>}
      </div>
      {notice && <Banner tone="success">{notice}</Banner>}
      <QueryState query={query}>
        {({ items }) => items.length === 0 ? <EmptyState title={t.empty} /> : (
          <table className="w-full rounded-lg border border-slate-200 bg-white">
            <caption className="sr-only">{t.caption}</caption>
            <thead><tr><th className={th}>{t.columns.system}</th><th className={th}>{t.columns.when}</th><th className={th}>{t.columns.state}</th><th className={th}>{t.columns.comment}</th>{canWrite && <th className={th}><span className="sr-only">{m.common.actions.delete}</span></th>}</tr></thead>
            <tbody>
              {items.map((w) => (
                <tr key={w.id} className="border-t border-slate-100">
                  <td className={td}><RecordName id={w.systemId} /></td>
                  <td className={td}>{when(w, m, locale)}</td>
                  <td className={td}>{w.open && <Badge tone="amber">{t.open}</Badge>}</td>
                  <td className={td}>{w.comment}</td>
                  {canWrite && <td className={`${td} text-right`}><Button variant="secondary" onClick={() => { remove.reset(); setDeleting(w); }}>{m.common.actions.delete}</Button></td>}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      {creating && <MaintenanceForm onClose={() => setCreating(false)} onDone={() => { setCreating(false); setNotice(t.created); }} />}
      <ConfirmDialog open={deleting !== null} title={t.deleteTitle} busy={remove.isPending} onConfirm={() => deleting && remove.mutate(deleting)} onCancel={() => setDeleting(null)}>
        {deleting && <p>{when(deleting, m, locale)}</p>}
        {remove.error && <p role="alert" className="mt-2 text-red-700">{errorMessage(remove.error, m)}</p>}
      </ConfirmDialog>
    </div>
  );
}
