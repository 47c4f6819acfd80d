"use client";
import type { TGapRule } from "@/lib/schemas/ownership";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { FilterSelect } from "@/components/catalog/filter-select";
import type { ListState } from "@/components/catalog/list-page";
import { TeamFilter } from "@/components/pickers/team-filter";

/** The URL parameters that narrow the findings. */
export const GAP_FILTER_PARAMS = ["rule", "teamId", "severity"] as const;

/** Team and severity (the rule is chosen on the cards); all held in the URL. */
export function GapFilters({ list }: { list: ListState }) {
  const { m } = useI18n();
  const t = m.ownership.filters;
  const rule = list.params.rule as TGapRule | undefined;
  const filtered = GAP_FILTER_PARAMS.some((p) => !!list.params[p]);
  const severities = (["high", "medium", "low"] as const).map((s) => ({ value: s, label: m.ownership.severity[s] }));
  return (
    <div role="search" aria-label={t.label} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 print:hidden">
      <div className="w-64"><TeamFilter list={list} label={t.team} /></div>
      <div className="w-40"><FilterSelect list={list} param="severity" label={t.severity} options={severities} /></div>
      {rule && m.ownership.rules[rule] && (
        <Button variant="secondary" onClick={() => list.set({ rule: undefined })}>{t.showAll}</Button>
      )}
      {filtered && <Button variant="ghost" onClick={list.clear}>{m.common.actions.clearFilters}</Button>}
    </div>
  );
}
