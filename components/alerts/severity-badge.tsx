"use client";
import { useI18n } from "@/lib/i18n/client";
import { Badge } from "@/components/ui/feedback";
import type { TAlertSeverity } from "@/lib/schemas/alert-views";

const TONES = { CRITICAL: "red", MAJOR: "red", MINOR: "amber", WARNING: "amber", INFO: "slate" } as const;

/** Critical and major in red, minor and warning in amber, info grey; the word says which. */
export function SeverityBadge({ severity }: { severity: TAlertSeverity }) {
  const { m } = useI18n();
  return <Badge tone={TONES[severity]}>{m.enums.AlertSeverity[severity]}</Badge>;
}
