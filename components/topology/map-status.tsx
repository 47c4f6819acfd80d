"use client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TTopology } from "@/lib/schemas/topology";

/** What the map shows against what the filtered estate holds, and why it is grouped or cut. */
export function MapStatus({ topology, drawnInterfaces }: { topology: TTopology; drawnInterfaces: number }) {
  const { m } = useI18n();
  const t = m.topology.status;
  const systems = topology.nodes.filter((n) => n.type === "system").length;
  return (
    <div data-testid="map-status" className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-slate-200 bg-white px-3 py-1 text-xs text-slate-600">
      {topology.view === "groups" ? (
        <span>{fmt(t.groups, { groups: topology.nodes.length, systems: topology.totals.systems, interfaces: topology.totals.interfaces })}</span>
      ) : (
        <span>{fmt(t.systems, { systems, interfaces: drawnInterfaces, totalSystems: topology.totals.systems, totalInterfaces: topology.totals.interfaces })}</span>
      )}
      {topology.collapsed && <span className="text-amber-800">{fmt(t.collapsed, { n: topology.totals.systems })}</span>}
      {topology.truncated && <span className="text-amber-800">{t.truncated}</span>}
      {topology.omitted.pairs > 0 && (
        <span className="text-amber-800">{fmt(t.omitted, { pairs: topology.omitted.pairs, interfaces: topology.omitted.interfaces })}</span>
      )}
      <span className="ml-auto flex items-center gap-3" aria-label={t.legend}>
        <span className="flex items-center gap-1"><svg width="24" height="6" aria-hidden><line x1="0" y1="3" x2="24" y2="3" stroke="currentColor" strokeWidth="1.5" /></svg>{t.sync}</span>
        <span className="flex items-center gap-1"><svg width="24" height="6" aria-hidden><line x1="0" y1="3" x2="24" y2="3" stroke="currentColor" strokeWidth="1.5" strokeDasharray="5 3" /></svg>{t.async}</span>
        <span>{t.shortcutsHint}</span>
      </span>
    </div>
  );
}
