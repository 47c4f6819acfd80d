"use client";
import Link from "next/link";
import type { TImportResult } from "@/lib/schemas/interop";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { hasWrites, totalCounts } from "@/lib/interop/import-view";
import { Button } from "@/components/ui/button";
import { Banner } from "@/components/ui/feedback";
import { useMapLink } from "./use-map-link";

/** What an applied import did, with the way to the map (its teams' systems) and to the batch. */
export function ImportOutcome({ result, onAgain }: { result: TImportResult; onAgain: () => void }) {
  const { m } = useI18n();
  const t = m.interop.result;
  const mapLink = useMapLink(result);
  const wrote = result.applied && hasWrites(totalCounts(result));
  return (
    <div className="space-y-3" data-testid="import-outcome">
      <Banner tone={wrote ? "success" : result.applied ? "info" : "error"}>
        <p className="font-medium">{wrote ? t.applied : result.applied ? t.nothing : t.notApplied}</p>
        {result.batchId && <p className="mt-1 font-mono text-xs">{fmt(t.batch, { id: result.batchId })}</p>}
      </Banner>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {mapLink && <Link className="font-medium text-indigo-700 underline" href={mapLink}>{t.onMap}</Link>}
        <Link className="text-indigo-700 underline" href="/topology">{t.map}</Link>
        {result.batchId && <Link className="text-indigo-700 underline" href="/import/history">{t.audit}</Link>}
        <Button variant="secondary" onClick={onAgain}>{t.another}</Button>
      </div>
    </div>
  );
}
