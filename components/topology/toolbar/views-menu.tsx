"use client";
import { useState } from "react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TSavedView, TSavedViewSummary, TViewDefinition } from "@/lib/schemas/view";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Banner } from "@/components/ui/feedback";
import { Input } from "@/components/ui/field";
import { errorMessage } from "@/components/catalog/error-message";
import { useDebouncedValue } from "@/components/pickers/use-debounced-value";
import { topologyKeys } from "@/lib/queries/topology";
import { viewListQuery } from "@/lib/queries/topology";
import type { SavedPosition } from "../save-positions";
import { Popover } from "./popover";
import { SaveViewDialog } from "./save-view-dialog";

type Props = {
  current: TSavedView | undefined;
  canWrite: boolean;
  definition: TViewDefinition;
  positions: () => SavedPosition[];
  onOpen: (view: TSavedViewSummary | TSavedView) => void;
  onClosed: () => void;
};

/** Saved views: open one, share its link, save the current map as one, update or delete it. */
export function ViewsMenu({ current, canWrite, definition, positions, onOpen, onClosed }: Props) {
  const { m } = useI18n();
  const t = m.topology.views;
  const qc = useQueryClient();
  const [q, setQ] = useState("");
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [copied, setCopied] = useState(false);
  const search = useDebouncedValue(q.trim());
  const list = useQuery({ ...viewListQuery(search), placeholderData: keepPreviousData });
  const update = useMutation({
    mutationFn: (v: TSavedView) => api<TSavedView>(`/views/${v.id}`, {
      method: "PATCH", body: { version: v.version, definition, positions: v.positions ? positions().slice(0, 2000) : null },
    }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: topologyKeys.views() }),
  });
  const remove = useMutation({
    mutationFn: (v: TSavedView) => api<void>(`/views/${v.id}`, { method: "DELETE" }),
    onSuccess: () => { setDeleting(false); void qc.invalidateQueries({ queryKey: topologyKeys.views() }); onClosed(); },
  });
  const copyLink = async (id: string) => {
    await navigator.clipboard?.writeText(`${window.location.origin}/topology?view=${encodeURIComponent(id)}`).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <>
      <Popover label={current ? fmt(t.buttonCurrent, { name: current.name }) : t.button} testId="map-views">
        {(close) => (
          <div className="space-y-3">
            {current && (
              <div className="space-y-2 rounded-md bg-slate-50 p-2">
                <p className="text-sm font-medium text-slate-900">{current.name}</p>
                {current.description && <p className="text-xs text-slate-600">{current.description}</p>}
                <div className="flex flex-wrap gap-1">
                  <Button variant="secondary" onClick={() => void copyLink(current.id)}>{copied ? t.copied : t.copyLink}</Button>
                  {canWrite && <Button variant="secondary" disabled={update.isPending} onClick={() => update.mutate(current)}>{t.update}</Button>}
                  {canWrite && <Button variant="danger" onClick={() => setDeleting(true)}>{m.common.actions.delete}</Button>}
                  <Button variant="ghost" onClick={() => { onClosed(); close(); }}>{t.close}</Button>
                </div>
                {update.isSuccess && <p role="status" className="text-xs text-emerald-700">{t.updated}</p>}
                {update.error && <Banner>{errorMessage(update.error, m)}</Banner>}
              </div>
            )}
            <Input type="search" aria-label={t.search} placeholder={t.search} value={q} onChange={(e) => setQ(e.target.value)} />
            {list.isPending ? <p className="text-sm text-slate-500">{m.common.states.loading}</p>
              : list.isError ? <Banner>{errorMessage(list.error, m)}</Banner>
              : list.data.items.length === 0 ? <p className="text-sm text-slate-500">{search ? t.noMatch : t.empty}</p>
              : (
                <ul className="max-h-64 space-y-0.5 overflow-y-auto">
                  {list.data.items.map((v) => (
                    <li key={v.id}>
                      <button type="button" onClick={() => { onOpen(v); close(); }} aria-current={v.id === current?.id || undefined}
                        className="w-full rounded px-2 py-1.5 text-left hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-indigo-500 aria-[current]:bg-indigo-50">
                        <span className="block truncate text-sm text-slate-900">{v.name}</span>
                        <span className="block truncate text-xs text-slate-500">{v.owner?.name} · <code>{v.key}</code></span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            {canWrite && <Button className="w-full" onClick={() => { setSaving(true); close(); }}>{t.saveAs}</Button>}
          </div>
        )}
      </Popover>
      {canWrite && (
        <SaveViewDialog open={saving} definition={definition} positions={positions}
          onClose={() => setSaving(false)} onSaved={(v) => { setSaving(false); onOpen(v); }} />
      )}
      {current && (
        <ConfirmDialog open={deleting} title={fmt(m.common.form.confirmDeleteTitle, { name: current.name })} busy={remove.isPending}
          onConfirm={() => remove.mutate(current)} onCancel={() => { remove.reset(); setDeleting(false); }}>
          <p>{t.deleteBody}</p>
          {remove.error && <Banner>{errorMessage(remove.error, m)}</Banner>}
        </ConfirmDialog>
      )}
    </>
  );
}
