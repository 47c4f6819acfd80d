"use client";
import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { alertMapQuery } from "@/lib/queries/alerts";
import { useI18n } from "@/lib/i18n/client";

/** The systems in a maintenance window now (from the map's small alert read, shared in the cache). */
export function useInMaintenance(): ReadonlySet<string> {
  const query = useQuery(alertMapQuery());
  return useMemo(() => new Set(query.data?.systems.filter((s) => s.maintenance).map((s) => s.id) ?? []), [query.data]);
}

/** "In maintenance": alerts on it notify nobody until the window closes. */
export function MaintenanceBadge() {
  const { m } = useI18n();
  return (
    <span data-testid="in-maintenance" className="inline-flex items-center gap-1 rounded border border-slate-200 bg-slate-50 px-1.5 py-0.5 text-xs font-medium text-slate-700">
      <span aria-hidden>🔧</span>{m.alerts.suppressedBy.MAINTENANCE}
    </span>
  );
}
