"use client";
import type { TSystem } from "@/lib/schemas/system";
import { useI18n } from "@/lib/i18n/client";
import { DataTable } from "@/components/ui/data-table";
import { LifecycleBadge, TierBadge } from "@/components/catalog/catalog-badges";
import { PersonLabel } from "@/components/catalog/people";
import { SystemNameCell } from "./system-columns";

/** A compact, unsorted table of systems for detail pages (e.g. what a team owns). */
export function SystemSummaryTable({ rows, caption }: { rows: TSystem[]; caption: string }) {
  const { m } = useI18n();
  return (
    <DataTable<TSystem> caption={caption} rows={rows} rowKey={(s) => s.id} sort="" onSort={() => {}} columns={[
      { id: "system", header: m.systems.columns.system, cell: (s) => <SystemNameCell system={s} /> },
      { id: "kind", header: m.systems.fields.kind, cell: (s) => m.enums.SystemKind[s.kind] },
      { id: "tier", header: m.common.fields.tier, cell: (s) => <TierBadge tier={s.tier} /> },
      { id: "lifecycle", header: m.common.fields.lifecycle, cell: (s) => <LifecycleBadge lifecycle={s.lifecycle} /> },
      { id: "owner", header: m.common.fields.technicalOwner, cell: (s) => <PersonLabel user={s.technicalOwner} /> },
    ]} />
  );
}
