"use client";
import type { TSeverityCounts } from "@/lib/schemas/contract";
import { useI18n } from "@/lib/i18n/client";
import { Badge } from "@/components/ui/feedback";

export const SEVERITY_TONE = { error: "red", warn: "amber", info: "indigo", hint: "slate" } as const;

/** "3 errors · 5 warnings": the severities that occur, each in its colour. */
export function FindingCounts({ counts }: { counts: TSeverityCounts }) {
  const { m } = useI18n();
  const present = (["error", "warn", "info", "hint"] as const).filter((s) => counts[s] > 0);
  if (present.length === 0) return <span className="text-slate-500">{m.contracts.document.noFindings}</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {present.map((s) => <Badge key={s} tone={SEVERITY_TONE[s]}>{counts[s]} {m.contracts.severities[s]}</Badge>)}
    </span>
  );
}
