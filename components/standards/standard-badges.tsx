"use client";
import type { TStandardSeverity } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { Badge } from "@/components/ui/feedback";

const SEVERITY_TONES = { MUST: "red", SHOULD: "amber", MAY: "slate" } as const;

/** MUST (red), SHOULD (amber), MAY (grey). */
export function SeverityBadge({ severity }: { severity: TStandardSeverity }) {
  const { m } = useI18n();
  return <span className="whitespace-nowrap"><Badge tone={SEVERITY_TONES[severity]}>{m.enums.StandardSeverity[severity]}</Badge></span>;
}

export function ActiveBadge({ active }: { active: boolean }) {
  const { m } = useI18n();
  return <Badge tone={active ? "emerald" : "slate"}>{active ? m.standards.active.yes : m.standards.active.no}</Badge>;
}
