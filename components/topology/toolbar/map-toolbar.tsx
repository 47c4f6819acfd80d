"use client";
import type { ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { TOPOLOGY_GROUP_BY, type TTopology, type TTopologyGroupBy } from "@/lib/schemas/topology";
import { LANES, type TLanes, type TopologyViewState } from "@/lib/topology/view-state";
import type { TRef } from "@/components/catalog/types";
import { cn } from "@/components/ui/cn";
import { SystemPicker } from "@/components/pickers/system-picker";
import { FiltersMenu } from "./filters-menu";

type Props = {
  state: TopologyViewState;
  onChange: (state: TopologyViewState) => void;
  onFind: (system: TRef) => void;
  searchId: string;
  /** The estate's domain and grouping labels, for the filters (from the last topology answer). */
  labels?: TTopology["labels"];
  /** Views, export, undo, re-layout, new system: assembled by the page. */
  actions: ReactNode;
};

const selectClass = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";

/** Find, filter, group and lay out the map; the page adds the actions that need its state. */
export function MapToolbar({ state, onChange, onFind, searchId, labels, actions }: Props) {
  const { m } = useI18n();
  const t = m.topology.toolbar;
  return (
    <div role="toolbar" aria-label={t.label} className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-3 py-2">
      <div className="w-64">
        <SystemPicker id={searchId} label={t.search} placeholder={t.searchPlaceholder} value={null}
          onChange={(s) => { if (s) onFind(s); }} />
      </div>
      <label className="flex items-center gap-1 text-sm text-slate-600">
        {t.show}
        <select className={selectClass} value={state.focus ? "focus" : (state.groupBy ?? "")} disabled={!!state.focus}
          data-testid="map-grouping"
          onChange={(e) => onChange({ ...state, groupBy: (e.target.value || null) as TTopologyGroupBy | null })}>
          {state.focus && <option value="focus">{t.focusView}</option>}
          <option value="">{t.systems}</option>
          {TOPOLOGY_GROUP_BY.map((g) => <option key={g} value={g}>{m.topology.groupByOption[g]}</option>)}
        </select>
      </label>
      <label className="flex items-center gap-1 text-sm text-slate-600">
        {t.lanes}
        <select className={selectClass} value={state.lanes ?? ""} disabled={!!state.groupBy} data-testid="map-lanes"
          onChange={(e) => onChange({ ...state, lanes: (e.target.value || null) as TLanes | null })}>
          <option value="">{t.noLanes}</option>
          {LANES.map((l) => <option key={l} value={l}>{m.topology.lanesOption[l]}</option>)}
        </select>
      </label>
      <FiltersMenu filters={state.filters} labels={labels} onChange={(filters) => onChange({ ...state, filters })} />
      <button type="button" aria-pressed={state.colour === "level"} title={t.colourByLevelHint} data-testid="map-colour-level"
        onClick={() => onChange({ ...state, colour: state.colour === "level" ? null : "level" })}
        className={cn("rounded-md border px-2.5 py-1.5 text-sm font-medium",
          state.colour === "level" ? "border-indigo-600 bg-indigo-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50")}>
        {t.colourByLevel}
      </button>
      <button type="button" aria-pressed={state.colour === "health"} title={m.health.map.hint} data-testid="map-colour-health"
        onClick={() => onChange({ ...state, colour: state.colour === "health" ? null : "health" })}
        className={cn("rounded-md border px-2.5 py-1.5 text-sm font-medium",
          state.colour === "health" ? "border-indigo-600 bg-indigo-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50")}>
        {m.health.map.button}
      </button>
      <div className="ml-auto flex flex-wrap items-center gap-2">{actions}</div>
    </div>
  );
}
