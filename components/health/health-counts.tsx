"use client";
import type { THealthCounts } from "@/lib/schemas/health-views";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { cn } from "@/components/ui/cn";
import { AT_RISK_COLOR, HEALTH_COLORS } from "./health-marks";

const CARDS = ["DOWN", "DEGRADED", "NO_DATA", "AT_RISK", "UP", "UNKNOWN"] as const;

/** One card per state with its count; a card filters the list to that state (pressed while it does). */
export function HealthCounts({ counts, active, onPick }: { counts: THealthCounts; active: string | undefined; onPick: (state: string | undefined) => void }) {
  const { m, locale } = useI18n();
  return (
    <ul aria-label={m.health.counts.label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {CARDS.map((state) => (
        <li key={state}>
          <button type="button" aria-pressed={active === state} data-testid={`health-count-${state}`} title={m.health.stateHints[state]}
            onClick={() => onPick(active === state ? undefined : state)}
            className={cn("w-full rounded-lg border bg-white p-3 text-left hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500",
              active === state ? "border-indigo-500 ring-1 ring-indigo-500" : "border-slate-200")}>
            <span className="flex items-center gap-1.5 text-xs font-medium text-slate-600">
              <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: state === "AT_RISK" ? AT_RISK_COLOR : HEALTH_COLORS[state] }} />
              {m.health.states[state]}
            </span>
            <span className="mt-1 block text-2xl font-semibold text-slate-900" data-testid="count">{formatNumber(counts[state], locale)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
