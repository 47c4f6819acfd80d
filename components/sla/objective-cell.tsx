"use client";
import type { ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/feedback";

type Props = {
  result: { target: number; measured: number | null; met: boolean | null } | null;
  /** How the measured value reads, e.g. "99.95 %"; the target the same way unless showTarget says otherwise. */
  show: (value: number) => string;
  showTarget?: (value: number) => string;
  /** A second line under the value: minutes down, hours over… */
  detail?: ReactNode;
};

/** One objective of one interface: what was measured against the target, met or missed in words. */
export function ObjectiveCell({ result, show, showTarget = show, detail }: Props) {
  const { m } = useI18n();
  const t = m.sla;
  if (!result) return <span className="text-slate-400">{t.noObjective}</span>;
  return (
    <div className="space-y-0.5">
      <div className="flex items-center gap-2">
        <span className="tabular-nums">{result.measured === null ? t.noData : show(result.measured)}</span>
        {result.met !== null && <Badge tone={result.met ? "emerald" : "red"}>{result.met ? t.met : t.missed}</Badge>}
      </div>
      <div className="text-xs text-slate-500">
        {fmt(t.target, { target: showTarget(result.target) })}
        {detail && <> · {detail}</>}
      </div>
    </div>
  );
}

/** The error budget left as a bar: full = untouched, empty or red = spent. */
export function BudgetBar({ left }: { left: number | null | undefined }) {
  const { m, locale } = useI18n();
  if (left === undefined) return <span className="text-slate-400">{m.sla.noObjective}</span>;
  if (left === null) return <span className="text-xs text-slate-500">{m.sla.budgetNone}</span>;
  const share = Math.max(0, Math.min(1, left));
  const text = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(left);
  return (
    <div className="flex items-center gap-2">
      <span className="h-2 w-20 overflow-hidden rounded bg-slate-200 dark:bg-slate-700" aria-hidden>
        <span className={`block h-full ${left < 0 ? "bg-red-500" : left < 0.25 ? "bg-amber-500" : "bg-emerald-500"}`} style={{ width: `${share * 100}%` }} />
      </span>
      <span className={`tabular-nums text-xs ${left < 0 ? "text-red-700 dark:text-red-400" : ""}`}>{text}</span>
    </div>
  );
}
