"use client";
import type { TAlertRow } from "@/lib/schemas/alert-views";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/feedback";

const TONE = { FIRING: "red", ACKNOWLEDGED: "indigo", RESOLVED: "emerald" } as const;

/** The state, why it notifies nobody (silence, maintenance), and who took it. */
export function AlertStateCell({ a }: { a: TAlertRow }) {
  const { m } = useI18n();
  const t = m.alerts;
  return (
    <div className="space-y-0.5 text-xs">
      <div className="flex flex-wrap gap-1">
        <Badge tone={TONE[a.state]}>{m.enums.AlertState[a.state]}</Badge>
        {a.suppressedBy && a.state !== "RESOLVED" && <Badge tone="slate">{t.suppressedBy[a.suppressedBy]}</Badge>}
      </div>
      {a.acknowledgedBy && <div className="text-slate-500">{fmt(t.acknowledgedBy, { name: a.acknowledgedBy.name })}</div>}
      {a.assignee && <div className="text-slate-500">{fmt(t.assignedTo, { name: a.assignee.name })}</div>}
    </div>
  );
}
