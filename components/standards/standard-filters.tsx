"use client";
import { CHECK_KINDS, STANDARD_CATEGORIES, STANDARD_SEVERITIES, SUBJECT_TYPES } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { enumOptions } from "@/components/catalog/enum-options";
import { FilterSelect } from "@/components/catalog/filter-select";
import type { ListState } from "@/components/catalog/list-page";

/** The URL parameters the catalogue's filters set (the API's names). */
export const STANDARD_FILTER_PARAMS = ["category", "severity", "appliesTo", "checkKind", "active"] as const;

export function StandardFilters({ list }: { list: ListState }) {
  const { m } = useI18n();
  const f = m.standards.fields;
  return (
    <>
      <FilterSelect list={list} param="category" label={f.category} options={enumOptions(STANDARD_CATEGORIES, m.enums.StandardCategory)} />
      <FilterSelect list={list} param="severity" label={f.severity} options={enumOptions(STANDARD_SEVERITIES, m.enums.StandardSeverity)} />
      <FilterSelect list={list} param="appliesTo" label={f.appliesTo} options={enumOptions(SUBJECT_TYPES, m.enums.SubjectType)} />
      <FilterSelect list={list} param="checkKind" label={f.checkKind} options={enumOptions(CHECK_KINDS, m.enums.CheckKind)} />
      <FilterSelect list={list} param="active" label={f.active}
        options={[{ value: "true", label: m.standards.active.yes }, { value: "false", label: m.standards.active.no }]} />
    </>
  );
}
