"use client";
import { COMPLIANCE_LEVELS, INTERFACE_STYLES, LAYERS } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { Checkbox } from "@/components/ui/field";
import { SearchInput } from "@/components/ui/search-input";
import { Button } from "@/components/ui/button";
import { enumOptions, tierOptions } from "@/components/catalog/enum-options";
import { FilterSelect } from "@/components/catalog/filter-select";
import type { ListState } from "@/components/catalog/list-page";
import { TeamFilter } from "@/components/pickers/team-filter";

/** The URL parameters the matrix filters set (the API's names). */
export const COMPLIANCE_FILTER_PARAMS = ["q", "teamId", "layer", "style", "tier", "level", "failing", "standardId"] as const;

/** Search, team, layer, style (interfaces), tier, level and "failing only", all in the URL. */
export function ComplianceFilters({ list, interfaces }: { list: ListState; interfaces: boolean }) {
  const { m } = useI18n();
  const t = m.compliance;
  const filtered = COMPLIANCE_FILTER_PARAMS.some((p) => !!list.params[p]);
  return (
    <div role="search" aria-label={m.systems.shared.filters} className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex-1">
          <SearchInput value={list.params.q ?? ""} onChange={(q) => list.set({ q })} label={t.filters.search} placeholder={t.filters.searchPlaceholder} />
        </div>
        <Checkbox label={t.filters.failingOnly} checked={list.params.failing === "true"}
          onChange={(e) => list.set({ failing: e.target.checked ? "true" : undefined })} />
        {filtered && <Button variant="ghost" onClick={() => list.set({ ...Object.fromEntries(COMPLIANCE_FILTER_PARAMS.map((p) => [p, undefined])) })}>{m.common.actions.clearFilters}</Button>}
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <TeamFilter list={list} label={m.common.fields.team} />
        <FilterSelect list={list} param="layer" label={m.systems.fields.layer} options={enumOptions(LAYERS, m.enums.Layer)} />
        {interfaces && <FilterSelect list={list} param="style" label={m.interfaces.fields.style} options={enumOptions(INTERFACE_STYLES, m.enums.InterfaceStyle)} />}
        <FilterSelect list={list} param="tier" label={m.common.fields.tier} options={tierOptions(m.enums.Tier)} />
        <FilterSelect list={list} param="level" label={m.compliance.matrix.level} options={enumOptions(COMPLIANCE_LEVELS, m.enums.ComplianceLevel)} />
      </div>
    </div>
  );
}
