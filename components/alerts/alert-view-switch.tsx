"use client";
import { ALERT_VIEWS, type TAlertList, type TAlertView } from "@/lib/schemas/alert-views";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { cn } from "@/components/ui/cn";

type Props = { value: readonly TAlertView[]; counts?: TAlertList["counts"]; onChange: (views: TAlertView[]) => void };

const DOT = { FIRING: "bg-red-500", ACKNOWLEDGED: "bg-indigo-500", RESOLVED: "bg-emerald-500", SUPPRESSED: "bg-slate-400" } as const;

/**
 * The inbox's four views as toggle buttons with their counts: several may be on at once (firing
 * and acknowledged is the default, "what is open").
 */
export function AlertViewSwitch({ value, counts, onChange }: Props) {
  const { m, locale } = useI18n();
  const toggle = (v: TAlertView) => {
    const next = value.includes(v) ? value.filter((x) => x !== v) : [...value, v];
    onChange(next.length ? ALERT_VIEWS.filter((x) => next.includes(x)) : [v]);
  };
  return (
    <div role="group" aria-label={m.alerts.viewsLabel} className="flex flex-wrap gap-2">
      {ALERT_VIEWS.map((v) => {
        const on = value.includes(v);
        return (
          <button key={v} type="button" aria-pressed={on} onClick={() => toggle(v)}
            className={cn("inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-indigo-500",
              on ? "border-indigo-300 bg-indigo-50 font-medium text-indigo-800" : "border-slate-200 bg-white text-slate-600 hover:bg-slate-50")}>
            <span aria-hidden className={cn("h-2 w-2 rounded-full", DOT[v])} />
            {m.alerts.views[v]}
            <span className="tabular-nums text-slate-500">{counts ? formatNumber(counts[v], locale) : "…"}</span>
          </button>
        );
      })}
    </div>
  );
}
