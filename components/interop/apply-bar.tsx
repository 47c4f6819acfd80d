"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt, formatNumber } from "@/lib/i18n/format";
import { hasWrites, type ActionCounts } from "@/lib/interop/import-view";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ImportMode } from "./use-import-flow";

type Props = { mode: ImportMode; onMode: (mode: ImportMode) => void; totals: ActionCounts; problems: number; busy: boolean; onApply: () => void };

/**
 * The mode choice and the Apply button, which asks first, naming the counts. All or nothing with
 * problems left cannot write anything, so Apply waits until they are fixed or the mode changes.
 */
export function ApplyBar({ mode, onMode, totals, problems, busy, onApply }: Props) {
  const { m, locale } = useI18n();
  const t = m.interop;
  const [asking, setAsking] = useState(false);
  const blocked = mode === "all-or-nothing" && problems > 0;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <div className="space-y-3">
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium text-slate-700">{t.mode.label}</legend>
        {(["all-or-nothing", "accept-valid"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-slate-700">
            <input type="radio" name="import-mode" value={value} checked={mode === value} disabled={busy} onChange={() => onMode(value)} />
            {value === "all-or-nothing" ? t.mode.allOrNothing : t.mode.acceptValid}
          </label>
        ))}
      </fieldset>
      {blocked && <p role="status" className="text-sm text-amber-800">{t.problems.blocking}</p>}
      {!hasWrites(totals) && <p role="status" className="text-sm text-slate-600">{t.preview.nothingToDo}</p>}
      <Button disabled={busy || blocked || !hasWrites(totals)} onClick={() => setAsking(true)}>{busy ? t.apply.applying : t.apply.submit}</Button>
      <ConfirmDialog open={asking} title={t.apply.confirmTitle} confirmLabel={t.apply.confirm} busyLabel={t.apply.applying} busy={busy}
        onCancel={() => setAsking(false)} onConfirm={() => { setAsking(false); onApply(); }}>
        <p>{fmt(t.apply.confirmBody, { create: n(totals.create), update: n(totals.update), delete: n(totals.delete) })}</p>
        {problems > 0 && totals.invalid > 0 && <p className="mt-2">{countLabel(locale, totals.invalid, t.apply.skipped)}</p>}
      </ConfirmDialog>
    </div>
  );
}
