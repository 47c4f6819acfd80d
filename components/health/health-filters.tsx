"use client";
import { INTERFACE_STYLES, LAYERS, SYSTEM_KINDS } from "@/lib/schemas/enums";
import { HEALTH_FILTERS } from "@/lib/schemas/health-views";
import { useI18n } from "@/lib/i18n/client";
import { SearchInput } from "@/components/ui/search-input";
import { Button } from "@/components/ui/button";
import { enumOptions, tierOptions } from "@/components/catalog/enum-options";
import { FilterSelect } from "@/components/catalog/filter-select";
import type { ListState } from "@/components/catalog/list-page";
import { TeamFilter } from "@/components/pickers/team-filter";

/** The URL parameters the health filters set (the API's names). */
export const HEALTH_FILTER_PARAMS = ["q", "state", "teamId", "layer", "tier", "kind", "style"] as const;

/** Search, state, team, layer, tier and kind (systems) or style (interfaces), all in the URL. */
export function HealthFilters({ list, interfaces }: { list: ListState; interfaces: boolean }) {
  const { m } = useI18n();
  const t = m.health.filters;
  const filtered = HEALTH_FILTER_PARAMS.some((p) => !!list.params[p]);
  return (
    <div role="search" aria-label={m.systems.shared.filters} className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex-1">
          <SearchInput value={list.params.q ?? ""} onChange={(q) => list.set({ q })} label={t.search} placeholder={t.searchPlaceholder} />
        </div>
        {filtered && <Button variant="ghost" onClick={() => list.set(Object.fromEntries(HEALTH_FILTER_PARAMS.map((p) => [p, undefined])))}>{t.clear}</Button>}
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <FilterSelect list={list} param="state" label={t.state} options={enumOptions(HEALTH_FILTERS, m.health.states)} />
        <TeamFilter list={list} label={m.common.fields.team} />
        <FilterSelect list={list} param="layer" label={m.systems.fields.layer} options={enumOptions(LAYERS, m.enums.Layer)} />
        <FilterSelect list={list} param="tier" label={m.common.fields.tier} options={tierOptions(m.enums.Tier)} />
        {interfaces
          ? <FilterSelect list={list} param="style" label={t.style} options={enumOptions(INTERFACE_STYLES, m.enums.InterfaceStyle)} />
          : <FilterSelect list={list} param="kind" label={t.kind} options={enumOptions(SYSTEM_KINDS, m.enums.SystemKind)} />}
      </div>
    </div>
  );
}
