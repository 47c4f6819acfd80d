"use client";
import { useState } from "react";
import { FINDING_SEVERITIES, type FindingSeverity } from "@/lib/contracts/types";
import type { TContractFinding } from "@/lib/schemas/contract";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/feedback";
import { Select } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { SEVERITY_TONE } from "./finding-counts";

type Props = { findings: TContractFinding[]; selected: number | null; onSelect: (index: number, line: number) => void };

/** The lint findings, filtered by severity; choosing one shows its line in the text. */
export function ContractFindings({ findings, selected, onSelect }: Props) {
  const { m } = useI18n();
  const t = m.contracts.document;
  const [severity, setSeverity] = useState<FindingSeverity | "all">("all");
  const shown = findings.map((f, index) => ({ f, index })).filter(({ f }) => severity === "all" || f.severity === severity);
  const count = (s: FindingSeverity) => findings.filter((f) => f.severity === s).length;
  return (
    <div className="space-y-2">
      <label className="flex items-center gap-2 text-sm text-slate-700">
        {t.filter}
        <Select className="w-auto" value={severity} onChange={(e) => setSeverity(e.target.value as FindingSeverity | "all")} aria-label={t.filter}>
          <option value="all">{t.all} ({findings.length})</option>
          {FINDING_SEVERITIES.map((s) => <option key={s} value={s}>{m.contracts.severities[s]} ({count(s)})</option>)}
        </Select>
      </label>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-500">{findings.length === 0 ? t.noFindings : t.noneOfSeverity}</p>
      ) : (
        <ul aria-label={t.findings} className="max-h-[28rem] space-y-1 overflow-auto" data-testid="contract-findings">
          {shown.map(({ f, index }) => (
            <li key={index}>
              <button type="button" onClick={() => onSelect(index, f.line)} aria-pressed={selected === index}
                aria-label={fmt(t.goTo, { line: f.line, message: f.message })}
                className={cn("w-full rounded-md border px-2 py-1.5 text-left text-xs hover:bg-slate-50", selected === index ? "border-indigo-400 bg-indigo-50" : "border-slate-200")}>
                <span className="flex items-center gap-2">
                  <Badge tone={SEVERITY_TONE[f.severity]}>{m.contracts.severity[f.severity]}</Badge>
                  <span className="text-slate-500">{fmt(t.line, { line: f.line })}</span>
                  <code className="truncate text-slate-500">{f.rule}</code>
                </span>
                <span className="mt-0.5 block text-slate-800">{f.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
