"use client";
import { AUTH_METHODS, CONTRACT_FORMATS, INTERFACE_MODES, INTERFACE_STYLES, LIFECYCLES } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { SystemFilter } from "@/components/pickers/system-filter";
import { TeamFilter } from "@/components/pickers/team-filter";
import { enumOptions, tierOptions } from "@/components/catalog/enum-options";
import { FilterSelect } from "@/components/catalog/filter-select";
import type { ListState } from "@/components/catalog/list-page";

/** The URL parameters the interface filters set. */
export const INTERFACE_FILTER_PARAMS = [
  "style", "mode", "lifecycle", "tier", "authMethod", "contractFormat", "teamId", "systemId",
] as const;

export function InterfaceFilters({ list }: { list: ListState }) {
  const { m } = useI18n();
  const f = m.interfaces.fields;
  return (
    <>
      <FilterSelect list={list} param="style" label={f.style} options={enumOptions(INTERFACE_STYLES, m.enums.InterfaceStyle)} />
      <FilterSelect list={list} param="mode" label={f.mode} options={enumOptions(INTERFACE_MODES, m.enums.InterfaceMode)} />
      <FilterSelect list={list} param="lifecycle" label={m.common.fields.lifecycle} options={enumOptions(LIFECYCLES, m.enums.Lifecycle)} />
      <FilterSelect list={list} param="tier" label={m.common.fields.tier} options={tierOptions(m.enums.Tier)} />
      <FilterSelect list={list} param="authMethod" label={f.authMethod} options={enumOptions(AUTH_METHODS, m.enums.AuthMethod)} />
      <FilterSelect list={list} param="contractFormat" label={f.contractFormat} options={enumOptions(CONTRACT_FORMATS, m.enums.ContractFormat)} />
      <TeamFilter list={list} label={m.common.fields.team} />
      <SystemFilter list={list} param="systemId" label={f.system} />
    </>
  );
}
