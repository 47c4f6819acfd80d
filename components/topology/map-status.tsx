"use client";
import { useI18n } from "@/lib/i18n/client";
import { mapStatusText } from "@/lib/topology/map-status-text";
import type { TTopology } from "@/lib/schemas/topology";

/** What the map shows against what the filtered estate holds, and why it is grouped or cut. */
export function MapStatus({ topology, drawnInterfaces }: { topology: TTopology; drawnInterfaces: number }) {
  const { m, locale } = useI18n();
  const t = m.topology.status;
  const text = mapStatusText({
    t, locale,
    groups: topology.view === "groups" ? topology.nodes.length : null,
    drawn: { systems: topology.nodes.filter((n) => n.type === "system").length, interfaces: drawnInterfaces },
    totals: topology.totals,
    omitted: topology.omitted,
  });
  return (
    <div data-testid="map-status" className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-slate-200 bg-white px-3 py-1 text-xs text-slate-600">
      <span>{text.summary}</span>
      {topology.collapsed && <span className="text-amber-800">{t.collapsed}</span>}
      {topology.truncated && <span className="text-amber-800">{t.truncated}</span>}
      {text.omitted && <span className="text-amber-800">{text.omitted}</span>}
      <span className="ml-auto flex items-center gap-3" aria-label={t.legend}>
        <span className="flex items-center gap-1"><svg width="24" height="6" aria-hidden><line x1="0" y1="3" x2="24" y2="3" stroke="currentColor" strokeWidth="1.5" /></svg>{t.sync}</span>
        <span className="flex items-center gap-1"><svg width="24" height="6" aria-hidden><line x1="0" y1="3" x2="24" y2="3" stroke="currentColor" strokeWidth="1.5" strokeDasharray="5 3" /></svg>{t.async}</span>
        <span>{t.shortcutsHint}</span>
      </span>
    </div>
  );
}
