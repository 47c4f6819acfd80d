"use client";
import { Badge } from "@/components/ui/feedback";
import { useI18n } from "@/lib/i18n/client";
import type { TLifecycle } from "./enum-options";

const TIER_TONES = ["red", "amber", "indigo", "slate"] as const;
const LIFECYCLE_TONES = { PLANNED: "indigo", ACTIVE: "emerald", DEPRECATED: "amber", RETIRED: "slate" } as const;

/** Criticality tier: 0 = business stops (red) … 3 = nice to have (grey). */
export function TierBadge({ tier, full }: { tier: number; full?: boolean }) {
  const { m } = useI18n();
  const label = m.enums.Tier[tier as 0 | 1 | 2 | 3] ?? String(tier);
  return (
    <span title={label} className="whitespace-nowrap">
      <Badge tone={TIER_TONES[tier] ?? "slate"}>{full ? label : label.split(" · ")[0]}</Badge>
    </span>
  );
}

export function LifecycleBadge({ lifecycle }: { lifecycle: TLifecycle }) {
  const { m } = useI18n();
  return <span className="whitespace-nowrap"><Badge tone={LIFECYCLE_TONES[lifecycle]}>{m.enums.Lifecycle[lifecycle]}</Badge></span>;
}
