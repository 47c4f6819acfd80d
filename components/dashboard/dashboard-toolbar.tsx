"use client";
import type { ListState } from "@/components/catalog/list-page";
import { useI18n } from "@/lib/i18n/client";
import { TeamFilter } from "@/components/pickers/team-filter";
import { Button } from "@/components/ui/button";

/** The team filter (in the URL, ?teamId=) and the print button; neither is printed. */
export function DashboardToolbar({ list }: { list: ListState }) {
  const { m } = useI18n();
  return (
    <div role="search" aria-label={m.dashboard.filter.label} className="flex flex-wrap items-end justify-between gap-3 print:hidden">
      <div className="w-72 max-w-full">
        <TeamFilter list={list} label={m.dashboard.filter.team} />
      </div>
      <Button variant="secondary" onClick={() => window.print()}>{m.dashboard.actions.print}</Button>
    </div>
  );
}
