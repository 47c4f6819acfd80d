"use client";
import { useMemo, useState } from "react";
import type { FindingSeverity } from "@/lib/contracts/types";
import type { TContractVersionDetail } from "@/lib/schemas/contract";
import { useI18n } from "@/lib/i18n/client";
import { ContractFindings } from "./contract-findings";
import { ContractText } from "./contract-text";

const RANK: Record<FindingSeverity, number> = { error: 0, warn: 1, info: 2, hint: 3 };

/** The document's text with line numbers beside its findings; a finding clicked highlights its line. */
export function ContractDocument({ version }: { version: TContractVersionDetail }) {
  const { m } = useI18n();
  const t = m.contracts.document;
  const [selected, setSelected] = useState<{ index: number; line: number } | null>(null);
  // The worst severity on each line, for the marks in the margin.
  const marks = useMemo(() => {
    const byLine = new Map<number, FindingSeverity>();
    for (const f of version.findings) {
      const had = byLine.get(f.line);
      if (!had || RANK[f.severity] < RANK[had]) byLine.set(f.line, f.severity);
    }
    return byLine;
  }, [version.findings]);
  return (
    <section aria-label={t.title} className="grid grid-cols-1 gap-4 xl:grid-cols-3">
      <div className="min-w-0 xl:col-span-2">
        <ContractText text={version.text} label={t.text} marks={marks} highlighted={selected?.line ?? null} />
      </div>
      <div className="min-w-0">
        <h4 className="mb-2 text-sm font-medium text-slate-900">{t.findings}</h4>
        <ContractFindings findings={version.findings} selected={selected?.index ?? null} onSelect={(index, line) => setSelected({ index, line })} />
      </div>
    </section>
  );
}
