"use client";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt } from "@/lib/i18n/format";
import { BULK_MAX_IDS } from "@/lib/schemas/bulk";
import { Button } from "@/components/ui/button";

type Props = {
  count: number;
  /** Some selected records are not on the page shown: say so, so nobody acts on rows they cannot see unawares. */
  acrossPages: boolean;
  onAssign: () => void;
  onClear: () => void;
};

/** "N selected — Assign owners… · Clear selection", stuck to the bottom of the window while the list scrolls. */
export function BulkSelectionBar({ count, acrossPages, onAssign, onClear }: Props) {
  const { m, locale } = useI18n();
  const t = m.bulk;
  const tooMany = count > BULK_MAX_IDS;
  return (
    <div role="region" aria-label={t.bar}
      className="sticky bottom-4 z-20 flex flex-wrap items-center gap-3 rounded-lg border border-indigo-200 bg-white px-4 py-2.5 text-sm shadow-lg">
      <span aria-live="polite" className="font-medium text-slate-800">
        {fmt(acrossPages ? t.selectedAcrossPages : t.selected, { count })}
      </span>
      <span aria-hidden className="text-slate-300">—</span>
      <Button onClick={onAssign} disabled={tooMany} aria-describedby={tooMany ? "bulk-too-many" : undefined}>{t.assignOwners}</Button>
      <span aria-hidden className="text-slate-300">·</span>
      <Button variant="ghost" onClick={onClear}>{t.clearSelection}</Button>
      {tooMany && <span id="bulk-too-many" className="text-red-700">{countLabel(locale, BULK_MAX_IDS, t.tooMany)}</span>}
    </div>
  );
}
