"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import { cn } from "@/components/ui/cn";
import type { AlertMark } from "../alert-marks";

const TONE = { CRITICAL: "bg-red-600", MAJOR: "bg-red-500", MINOR: "bg-amber-500", WARNING: "bg-amber-500", INFO: "bg-slate-500" } as const;

/** "🔔 3" in the worst severity's colour (a link to those alerts) and "in maintenance", on a map node. */
export function AlertBadges({ mark, systemId }: { mark: AlertMark; systemId: string }) {
  const { m, locale } = useI18n();
  return (
    <>
      {mark.alerts > 0 && mark.severity && (
        <Link href={`/alerts?systemId=${systemId}`} data-testid="map-alerts" onClick={(e) => e.stopPropagation()}
          title={`${countLabel(locale, mark.alerts, m.topology.node.alerts)} · ${m.enums.AlertSeverity[mark.severity]}`}
          className={cn("nodrag shrink-0 rounded px-1 text-[10px] font-bold text-white", TONE[mark.severity])}>
          <span aria-hidden>🔔</span> {mark.alerts}
        </Link>
      )}
      {mark.maintenance && (
        <span data-testid="map-maintenance" title={m.alerts.suppressedBy.MAINTENANCE}
          className="shrink-0 rounded bg-slate-200 px-1 text-[10px] font-semibold text-slate-700">
          <span aria-hidden>🔧</span> {m.alerts.suppressedBy.MAINTENANCE}
        </span>
      )}
    </>
  );
}
