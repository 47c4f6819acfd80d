"use client";
import type { TComplianceStatus } from "@/lib/schemas/compliance";
import type { TComplianceLevel } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { cn } from "@/components/ui/cn";

// Tailwind classes per level and status, shared by badges, matrix cells and the legend. The
// dark palette (lib/theme/dark-palette.css) remaps these shades, so no dark: variants.
export const LEVEL_CLASSES: Record<TComplianceLevel, string> = {
  GOLD: "bg-yellow-100 text-yellow-900 ring-yellow-300",
  SILVER: "bg-slate-200 text-slate-800 ring-slate-300",
  BRONZE: "bg-orange-100 text-orange-900 ring-orange-300",
  NONE: "bg-red-50 text-red-800 ring-red-200",
  NOT_RATED: "bg-white text-slate-500 ring-slate-200",
};

/** Chart fills in the same hues (theme variables, so they follow the dark palette too). */
export const LEVEL_COLORS: Record<TComplianceLevel, string> = {
  NONE: "var(--color-red-500)",
  BRONZE: "var(--color-orange-500)",
  SILVER: "var(--color-slate-400)",
  GOLD: "var(--color-yellow-500)",
  NOT_RATED: "var(--color-slate-300)",
};

export const STATUS_CLASSES: Record<TComplianceStatus, string> = {
  PASS: "bg-emerald-100 text-emerald-800",
  FAIL: "bg-red-100 text-red-800",
  WAIVED: "bg-sky-100 text-sky-800",
  NEEDS_ATTESTATION: "bg-amber-100 text-amber-800",
  EXPIRED: "bg-orange-100 text-orange-800",
  NOT_APPLICABLE: "bg-transparent text-slate-400",
};

// A symbol besides the colour, so the matrix reads without colour vision too.
export const STATUS_SYMBOLS: Record<TComplianceStatus, string> = {
  PASS: "✓", FAIL: "✕", WAIVED: "W", NEEDS_ATTESTATION: "?", EXPIRED: "!", NOT_APPLICABLE: "·",
};

export const FAILING_STATUSES: readonly TComplianceStatus[] = ["FAIL", "NEEDS_ATTESTATION", "EXPIRED"];

export function LevelBadge({ level, className }: { level: TComplianceLevel; className?: string }) {
  const { m } = useI18n();
  return (
    <span className={cn("inline-flex items-center whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset", LEVEL_CLASSES[level], className)}
      data-testid="level-badge">
      {m.enums.ComplianceLevel[level]}
    </span>
  );
}

/** A result as a labelled chip: symbol and word. */
export function StatusBadge({ status }: { status: TComplianceStatus }) {
  const { m } = useI18n();
  return (
    <span className={cn("inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium", STATUS_CLASSES[status])}>
      <span aria-hidden>{STATUS_SYMBOLS[status]}</span>
      {m.enums.ComplianceStatus[status]}
    </span>
  );
}
