"use client";
import { LAYERS, LIFECYCLES, SYSTEM_KINDS } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { TeamFilter } from "@/components/pickers/team-filter";
import { enumOptions, tierOptions } from "@/components/catalog/enum-options";
import { FilterSelect } from "@/components/catalog/filter-select";
import type { ListState } from "@/components/catalog/list-page";

/** The URL parameters the system filters set. */
export const SYSTEM_FILTER_PARAMS = ["kind", "layer", "tier", "lifecycle", "teamId", "missing"] as const;

export function SystemFilters({ list }: { list: ListState }) {
  const { m } = useI18n();
  return (
    <>
      <FilterSelect list={list} param="kind" label={m.systems.fields.kind} options={enumOptions(SYSTEM_KINDS, m.enums.SystemKind)} />
      <FilterSelect list={list} param="layer" label={m.systems.fields.layer} options={enumOptions(LAYERS, m.enums.Layer)} />
      <FilterSelect list={list} param="tier" label={m.common.fields.tier} options={tierOptions(m.enums.Tier)} />
      <FilterSelect list={list} param="lifecycle" label={m.common.fields.lifecycle} options={enumOptions(LIFECYCLES, m.enums.Lifecycle)} />
      <TeamFilter list={list} label={m.common.fields.team} />
      <FilterSelect list={list} param="missing" label={m.systems.shared.missingOwner}
        options={(["team", "technicalOwner", "businessOwner"] as const).map((v) => ({ value: v, label: m.common.fields[v] }))} />
    </>
  );
}
