"use client";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { INTERFACE_STYLES, LAYERS, LIFECYCLES, SYSTEM_KINDS } from "@/lib/schemas/enums";
import { activeFilterCount, DEFAULT_VIEW_STATE, type TFilterName, type TopologyFilters } from "@/lib/topology/view-state";
import { TeamPicker } from "@/components/pickers/team-picker";
import { teamDetailQuery } from "@/lib/queries/teams";
import { Button } from "@/components/ui/button";
import { Popover } from "./popover";

type Props = { filters: TopologyFilters; labels?: { domain: string[]; grouping: string[] }; onChange: (filters: TopologyFilters) => void };

/** The labels on offer, plus any chosen one the estate no longer has (so it can be unticked). */
const offered = (labels: string[] | undefined, chosen: string[]) => [...new Set([...(labels ?? []), ...chosen])];

function CheckGroup({ legend, values, chosen, label, onToggle }: {
  legend: string; values: readonly (string | number)[]; chosen: readonly (string | number)[];
  label: (v: string | number) => string; onToggle: (v: string | number) => void;
}) {
  return (
    <fieldset className="mb-3">
      <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{legend}</legend>
      <div className="grid grid-cols-2 gap-x-2 gap-y-1">
        {values.map((v) => (
          <label key={v} className="flex items-center gap-1.5 text-sm text-slate-700">
            <input type="checkbox" checked={chosen.includes(v)} onChange={() => onToggle(v)} className="rounded border-slate-300" />
            <span className="truncate">{label(v)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function TeamChip({ id, onRemove }: { id: string; onRemove: () => void }) {
  const { m } = useI18n();
  const team = useQuery({ ...teamDetailQuery(id), staleTime: 60_000 });
  const name = team.data?.name ?? id;
  return (
    <span className="inline-flex items-center gap-1 rounded bg-indigo-50 px-1.5 py-0.5 text-xs text-indigo-800">
      {name}
      <button type="button" onClick={onRemove} aria-label={fmt(m.topology.filters.removeTeam, { name })} className="hover:text-red-700">✕</button>
    </span>
  );
}

/** Which systems and interfaces the map draws from: by kind, layer, tier, lifecycle, team, style, domain, grouping. */
export function FiltersMenu({ filters, labels, onChange }: Props) {
  const { m } = useI18n();
  const t = m.topology.filters;
  const count = activeFilterCount(filters);
  const toggle = (name: TFilterName, v: string | number) => {
    const current = filters[name] as (string | number)[];
    const next = current.includes(v) ? current.filter((x) => x !== v) : [...current, v];
    onChange({ ...filters, [name]: next });
  };
  return (
    <Popover label={count ? fmt(t.buttonActive, { n: count }) : t.button} testId="map-filters">
      {() => (
        <div>
          <CheckGroup legend={t.layer} values={LAYERS} chosen={filters.layer}
            label={(v) => m.enums.Layer[v as keyof typeof m.enums.Layer]} onToggle={(v) => toggle("layer", v)} />
          <CheckGroup legend={t.tier} values={[0, 1, 2, 3]} chosen={filters.tier}
            label={(v) => m.enums.Tier[v as 0 | 1 | 2 | 3]} onToggle={(v) => toggle("tier", v)} />
          <CheckGroup legend={t.lifecycle} values={LIFECYCLES} chosen={filters.lifecycle}
            label={(v) => m.enums.Lifecycle[v as keyof typeof m.enums.Lifecycle]} onToggle={(v) => toggle("lifecycle", v)} />
          <CheckGroup legend={t.kind} values={SYSTEM_KINDS} chosen={filters.kind}
            label={(v) => m.enums.SystemKind[v as keyof typeof m.enums.SystemKind]} onToggle={(v) => toggle("kind", v)} />
          <CheckGroup legend={t.style} values={INTERFACE_STYLES} chosen={filters.style}
            label={(v) => m.enums.InterfaceStyle[v as keyof typeof m.enums.InterfaceStyle]} onToggle={(v) => toggle("style", v)} />
          {(["domain", "grouping"] as const).map((name) => {
            const values = offered(labels?.[name], filters[name]);
            return values.length ? (
              <CheckGroup key={name} legend={t[name]} values={values} chosen={filters[name]} label={String} onToggle={(v) => toggle(name, v)} />
            ) : (
              <p key={name} className="mb-3 text-xs text-slate-500"><span className="font-semibold uppercase tracking-wide">{t[name]}</span> · {t.noLabels}</p>
            );
          })}
          <fieldset className="mb-3">
            <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{t.teams}</legend>
            <div className="mb-1 flex flex-wrap gap-1">
              {filters.teamId.map((id) => <TeamChip key={id} id={id} onRemove={() => toggle("teamId", id)} />)}
            </div>
            <TeamPicker label={t.addTeam} placeholder={t.addTeam} value={null}
              onChange={(team) => { if (team && !filters.teamId.includes(team.id)) toggle("teamId", team.id); }} />
          </fieldset>
          <Button variant="secondary" disabled={!count} onClick={() => onChange(DEFAULT_VIEW_STATE.filters)}>{t.clear}</Button>
        </div>
      )}
    </Popover>
  );
}
