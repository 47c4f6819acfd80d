"use client";
import { useState, type ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { totalCounts } from "@/lib/interop/import-view";
import { Button } from "@/components/ui/button";
import { Banner } from "@/components/ui/feedback";
import { Card } from "@/components/ui/page-header";
import { ApplyBar } from "./apply-bar";
import { ImportChanges } from "./import-changes";
import { ImportCounts } from "./import-counts";
import { ImportError } from "./import-error";
import { ImportOutcome } from "./import-outcome";
import { ImportProblems } from "./import-problems";
import { ImportProgress } from "./import-progress";
import { useImportFlow, type ImportPayload } from "./use-import-flow";

type Props = {
  endpoint: string;
  /** Viewers see the inputs disabled and cannot ask for a preview (the API refuses them too). */
  canWrite: boolean;
  /** The source's inputs (files, paste, entity). Disabled by the caller while `locked`. */
  children: (locked: boolean) => ReactNode;
  /** The request fields from the inputs, or a message saying what is missing. */
  prepare: () => Promise<ImportPayload | string>;
  /** Called after "Start over" or "Import more", to clear the inputs. */
  onReset: () => void;
};

/** Any import, step by step: inputs → dry run (counts, problems, changes) → apply with progress → result. */
export function ImportFlow({ endpoint, canWrite, children, prepare, onReset }: Props) {
  const { m } = useI18n();
  const t = m.interop;
  const flow = useImportFlow(endpoint);
  const [missing, setMissing] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const result = flow.apply.data ?? flow.preview.data;
  const locked = reading || flow.preview.isPending || !!flow.preview.data;
  const reset = () => {
    flow.reset();
    setMissing(null);
    onReset();
  };
  const submit = async () => {
    setReading(true);
    try {
      const payload = await prepare();
      setMissing(typeof payload === "string" ? payload : null);
      if (typeof payload !== "string") flow.runPreview(payload);
    } finally {
      setReading(false);
    }
  };

  return (
    <div className="space-y-4">
      <Card>
        <div className="space-y-4">
          {children(locked)}
          {missing && <p role="alert" className="text-sm text-red-700">{missing}</p>}
          <div className="flex gap-2">
            {!flow.preview.data ? (
              <Button onClick={submit} disabled={locked || !canWrite}>{locked ? t.preview.submitting : t.preview.submit}</Button>
            ) : !flow.apply.isPending && !flow.apply.data ? (
              <Button variant="secondary" onClick={reset}>{t.preview.again}</Button>
            ) : null}
          </div>
          {flow.preview.isError && <ImportError error={flow.preview.error} />}
        </div>
      </Card>

      {flow.apply.isPending && <Card><ImportProgress batch={flow.progress} /></Card>}
      {flow.apply.isError && <ImportError error={flow.apply.error} />}
      {flow.apply.data && <ImportOutcome result={flow.apply.data} onAgain={reset} />}

      {result && (
        <section aria-label={flow.apply.data ? t.result.applied : t.preview.title} className="space-y-4">
          {!flow.apply.data && <Banner tone="info">{t.preview.title}</Banner>}
          <ImportCounts counts={result.counts} title={flow.apply.data ? t.result.applied : t.preview.counts} />
          {!flow.apply.data && (
            <Card>
              <ApplyBar mode={flow.mode} onMode={flow.setMode} totals={totalCounts(result)} problems={result.problems.length}
                busy={flow.apply.isPending} onApply={flow.runApply} />
            </Card>
          )}
          <ImportProblems problems={result.problems} />
          <ImportChanges changes={result.changes} />
        </section>
      )}
    </div>
  );
}
