"use client";
import type { THealthState } from "@/lib/schemas/health-views";
import { useI18n } from "@/lib/i18n/client";
import { relativeTime } from "@/lib/i18n/relative-time";
import { fmt, formatDateTime } from "@/lib/i18n/format";
import { cn } from "@/components/ui/cn";

export type HealthKey = THealthState | "UNKNOWN";

/** Theme variables (lib/theme/dark-palette.css): the 500–600 shades read on both surfaces. */
export const HEALTH_COLORS: Record<HealthKey, string> = {
  UP: "var(--color-emerald-500)",
  DEGRADED: "var(--color-amber-500)",
  DOWN: "var(--color-red-600)",
  NO_DATA: "var(--color-violet-500)",
  UNKNOWN: "var(--color-slate-400)",
};
/** The same hues as plain values, for the minimap's canvas. */
export const HEALTH_HEX: Record<HealthKey, string> = {
  UP: "#10b981", DEGRADED: "#f59e0b", DOWN: "#dc2626", NO_DATA: "#8b5cf6", UNKNOWN: "#94a3b8",
};
export const AT_RISK_COLOR = "var(--color-orange-500)";

const BADGE: Record<HealthKey, string> = {
  UP: "bg-emerald-50 text-emerald-800 border-emerald-200",
  DEGRADED: "bg-amber-50 text-amber-800 border-amber-200",
  DOWN: "bg-red-50 text-red-800 border-red-200",
  NO_DATA: "bg-violet-50 text-violet-800 border-violet-200",
  UNKNOWN: "bg-slate-50 text-slate-600 border-slate-200",
};
const SYMBOL: Record<HealthKey, string> = { UP: "●", DEGRADED: "▲", DOWN: "■", NO_DATA: "◌", UNKNOWN: "○" };

/** A state as a word with a shape (not colour alone), e.g. "■ Down". */
export function StateBadge({ state }: { state: THealthState | null }) {
  const { m } = useI18n();
  const key: HealthKey = state ?? "UNKNOWN";
  return (
    <span data-testid="health-state" data-state={key} title={m.health.stateHints[key]}
      className={cn("inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium", BADGE[key])}>
      <span aria-hidden style={{ color: HEALTH_COLORS[key] }}>{SYMBOL[key]}</span>{m.health.states[key]}
    </span>
  );
}

export function AtRiskBadge() {
  const { m } = useI18n();
  return (
    <span data-testid="at-risk" title={m.health.stateHints.AT_RISK}
      className="inline-flex items-center gap-1 rounded border border-orange-200 bg-orange-50 px-1.5 py-0.5 text-xs font-medium text-orange-800">
      <span aria-hidden>⚠</span>{m.health.states.AT_RISK}
    </span>
  );
}

/** "since 5 minutes ago", with the exact moment on hover. */
export function Since({ at }: { at: string | null }) {
  const { m, locale } = useI18n();
  if (!at) return <span className="text-slate-400">{m.health.table.never}</span>;
  return <time dateTime={at} title={formatDateTime(at, locale)} className="text-slate-600">{fmt(m.health.since, { time: relativeTime(at, locale) })}</time>;
}
