"use client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TDirection, TopologyViewState } from "@/lib/topology/view-state";
import { Button } from "@/components/ui/button";

type Props = { state: TopologyViewState; focusName: string; onChange: (state: TopologyViewState) => void };

const DIRECTIONS: TDirection[] = ["both", "downstream", "upstream"];
const control = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";

/** Focus mode: the neighbourhood of one system, how far and which way, and the way back out. */
export function FocusBar({ state, focusName, onChange }: Props) {
  const { m } = useI18n();
  const t = m.topology.focus;
  return (
    <div data-testid="focus-bar" className="flex flex-wrap items-center gap-3 border-b border-indigo-200 bg-indigo-50 px-3 py-1.5 text-sm text-indigo-900">
      <span className="font-medium">{fmt(t.title, { name: focusName })}</span>
      <label className="flex items-center gap-1">{t.direction}
        <select className={control} value={state.direction} onChange={(e) => onChange({ ...state, direction: e.target.value as TDirection })}>
          {DIRECTIONS.map((d) => <option key={d} value={d}>{t.directions[d]}</option>)}
        </select>
      </label>
      <label className="flex items-center gap-1">{t.depth}
        <input type="number" min={1} max={10} className={`${control} w-16`} value={state.depth}
          onChange={(e) => { const depth = Number(e.target.value); if (depth >= 1 && depth <= 10) onChange({ ...state, depth }); }} />
      </label>
      <label className="flex items-center gap-1" title={t.breadthHint}>{t.breadth}
        <input type="number" min={1} max={500} className={`${control} w-20`} value={state.breadth}
          onChange={(e) => { const breadth = Number(e.target.value); if (breadth >= 1 && breadth <= 500) onChange({ ...state, breadth }); }} />
      </label>
      <Button variant="secondary" onClick={() => onChange({ ...state, focus: null })}>{t.exit}</Button>
    </div>
  );
}
