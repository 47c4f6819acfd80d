"use client";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { silenceListQuery } from "@/lib/queries/alerts";
import { peopleOptionsQuery } from "@/lib/queries/people";
import { invalidateAlerts } from "@/lib/queries/invalidate";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDateTime } from "@/lib/i18n/format";
import { relativeTime } from "@/lib/i18n/relative-time";
import type { TSilence } from "@/lib/schemas/alerts-admin";
import { QueryState } from "@/components/catalog/query-state";
import { errorMessage } from "@/components/catalog/error-message";
import { Banner, EmptyState } from "@/components/ui/feedback";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { cn } from "@/components/ui/cn";
import { SilenceForm } from "./silence-form";
import { td, th } from "./table-style";

const STATES = ["active", "expired"] as const;

function MatcherChips({ silence }: { silence: TSilence }) {
  return (
    <ul className="flex flex-wrap gap-1">
      {silence.matchers.map((x, i) => (
        <li key={i} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800">{x.label}{x.op}&quot;{x.value}&quot;</li>
      ))}
    </ul>
  );
}

/** /alerts/silences: active or expired silences; engineers and admins create and expire them. */
export function SilenceList({ canWrite }: { canWrite: boolean }) {
  const { m, locale } = useI18n();
  const t = m.alertsAdmin.silences;
  const qc = useQueryClient();
  const [state, setState] = useState<(typeof STATES)[number]>("active");
  const [creating, setCreating] = useState(false);
  const [expiring, setExpiring] = useState<TSilence | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const query = useQuery(silenceListQuery(state));
  // Names for "created by": the people list may be refused or short; the id stands in then.
  const people = useQuery({ ...peopleOptionsQuery(), staleTime: 300_000, retry: false });
  const nameOf = (id: string) => people.data?.items.find((p) => p.id === id)?.name ?? id;
  const expire = useMutation({
    mutationFn: (s: TSilence) => api(`/alerts/silences/${encodeURIComponent(s.id)}/expire`, { method: "POST", body: { version: s.version } }),
    onSuccess: () => { setExpiring(null); setNotice(t.expired); invalidateAlerts(qc); },
  });
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <div role="group" aria-label={t.stateLabel} className="flex gap-2">
          {STATES.map((s) => (
            <button key={s} type="button" aria-pressed={state === s} onClick={() => setState(s)}
              className={cn("rounded-full border px-3 py-1 text-sm", state === s ? "border-indigo-300 bg-indigo-50 font-medium text-indigo-800" : "border-slate-200 bg-white text-slate-600 hover:bg-slate-50")}>
              {t.states[s]}
            </button>
          ))}
        </div>
        {canWrite ? <Button className="ml-auto" onClick={() => { setNotice(null); setCreating(true); }}>{t.create}</Button> : <p className="ml-auto text-sm text-slate-500">{m.alertsAdmin.readOnly}</p>}
      </div>
      {notice && <Banner tone="success">{notice}</Banner>}
      <QueryState query={query}>
        {({ items }) => items.length === 0 ? <EmptyState title={t.empty} /> : (
          <table className="w-full rounded-lg border border-slate-200 bg-white">
            <caption className="sr-only">{t.caption}</caption>
            <thead><tr><th className={th}>{t.columns.matchers}</th><th className={th}>{t.columns.ends}</th><th className={th}>{t.columns.creator}</th><th className={th}>{t.columns.comment}</th>{canWrite && state === "active" && <th className={th}><span className="sr-only">{t.expire}</span></th>}</tr></thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id} className="border-t border-slate-100">
                  <td className={td}><MatcherChips silence={s} /></td>
                  <td className={td} title={formatDateTime(s.expiredAt ?? s.endsAt, locale)}>
                    {s.active ? fmt(t.endsIn, { time: relativeTime(s.endsAt, locale) }) : fmt(t.endedAt, { time: relativeTime(s.expiredAt ?? s.endsAt, locale) })}
                  </td>
                  <td className={td}>{nameOf(s.createdById)}</td>
                  <td className={`${td} whitespace-pre-line`}>{s.comment}</td>
                  {canWrite && state === "active" && <td className={`${td} text-right`}><Button variant="secondary" onClick={() => { expire.reset(); setExpiring(s); }}>{t.expire}</Button></td>}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      {creating && <SilenceForm onClose={() => setCreating(false)} onDone={() => { setCreating(false); setNotice(t.created); }} />}
      <ConfirmDialog open={expiring !== null} title={t.expireTitle} confirmLabel={t.expire} busyLabel={t.expireBusy} busy={expire.isPending}
        onConfirm={() => expiring && expire.mutate(expiring)} onCancel={() => setExpiring(null)}>
        <p>{t.expireBody}</p>
        {expire.error && <p role="alert" className="mt-2 text-red-700">{errorMessage(expire.error, m)}</p>}
      </ConfirmDialog>
    </div>
  );
}
