"use client";
import type { TIncidentState } from "@/lib/schemas/alert-views";
import { useI18n } from "@/lib/i18n/client";
import { Badge } from "@/components/ui/feedback";

const TONE = { OPEN: "red", ACKNOWLEDGED: "indigo", RESOLVED: "emerald" } as const;

export function IncidentStateBadge({ state }: { state: TIncidentState }) {
  const { m } = useI18n();
  return <Badge tone={TONE[state]}>{m.alerts.incident.state[state]}</Badge>;
}
