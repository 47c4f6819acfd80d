"use client";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { TBulkAssignResult } from "@/lib/schemas/bulk";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { Banner } from "@/components/ui/feedback";
import type { RowSelection } from "@/components/ui/data-table";
import { BulkAssignDialog, type BulkKind } from "./bulk-assign-dialog";
import { BulkSelectionBar } from "./bulk-selection-bar";
import { invalidateCatalog } from "@/lib/queries/invalidate";

type Options<T> = {
  kind: BulkKind;
  /** Viewers get no checkboxes at all. */
  canWrite: boolean;
  /** The keys of the rows on the page shown, to tell "selected" from "selected across pages". */
  pageKeys: string[];
  rowLabel: (row: T) => string;
};

export type BulkAssign<T> = {
  selection?: RowSelection<T>;
  /** The outcome of the last assignment, shown above the table. */
  notice?: ReactNode;
  /** The selection bar and its dialog, shown below the table. */
  bar?: ReactNode;
};

/**
 * Select rows of a list (the ids are kept here, so a selection survives paging and filtering) and
 * assign owners to all of them at once. The selection clears after a successful assignment.
 */
export function useBulkAssign<T>({ kind, canWrite, pageKeys, rowLabel }: Options<T>): BulkAssign<T> {
  const { m, locale } = useI18n();
  const qc = useQueryClient();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [result, setResult] = useState<TBulkAssignResult | null>(null);
  const [open, setOpen] = useState(false);
  // A fresh dialog (choices, errors) for every opening; kept mounted while closed so closing can
  // hand focus back to the button that opened it.
  const [session, setSession] = useState(0);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The button that opened the dialog is gone with the selection: move focus to the outcome instead.
  useEffect(() => {
    if (result) noticeRef.current?.focus();
  }, [result]);

  const onChange = useCallback((keys: string[], on: boolean) => {
    setResult(null);
    setSelected((prev) => {
      const next = new Set(prev);
      for (const k of keys) {
        if (on) next.add(k);
        else next.delete(k);
      }
      return next;
    });
  }, []);

  if (!canWrite) return {};
  const ids = [...selected];
  const onPage = new Set(pageKeys);
  const done = (r: TBulkAssignResult) => {
    setOpen(false);
    setSelected(new Set());
    setResult(r);
    invalidateCatalog(qc);
  };

  return {
    selection: { selected, onChange, rowLabel },
    notice: result && (
      <div ref={noticeRef} tabIndex={-1} className="rounded-md focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
        <Banner tone="success">
          <div className="flex items-center justify-between gap-3">
            <span>{countLabel(locale, result.updated, m.bulk.success, { unchanged: result.unchanged })}</span>
            <Button variant="ghost" onClick={() => setResult(null)}>{m.bulk.dismiss}</Button>
          </div>
        </Banner>
      </div>
    ),
    bar: (
      <>
        {ids.length > 0 && (
          <BulkSelectionBar count={ids.length} acrossPages={ids.some((id) => !onPage.has(id))}
            onAssign={() => { setSession((s) => s + 1); setOpen(true); }}
            onClear={() => setSelected(new Set())} />
        )}
        <BulkAssignDialog key={session} open={open} kind={kind} ids={ids} onClose={() => setOpen(false)} onDone={done}
          onDeselect={(gone) => onChange(gone, false)} />
      </>
    ),
  };
}
