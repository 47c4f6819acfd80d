"use client";
import Link from "next/link";
import type { THealthOverview, THealthRow } from "@/lib/schemas/health-views";
import { useI18n } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import { DataTable, Pagination, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/feedback";
import type { ListState } from "@/components/catalog/list-page";
import { AtRiskBadge, Since, StateBadge } from "./health-marks";
import { MaintenanceBadge, useInMaintenance } from "@/components/alerts/maintenance-badge";

type Props = { data: THealthOverview; list: ListState; base: "/systems" | "/interfaces"; filtered: boolean; stale: boolean };

/** Every record matching the filters with its state, since when and at-risk mark; sortable, paged. */
export function HealthTable({ data, list, base, filtered, stale }: Props) {
  const { m, locale } = useI18n();
  const t = m.health.table;
  const maintenance = useInMaintenance();
  const columns: Column<THealthRow>[] = [
    { id: "name", header: t.name, sort: "name", cell: (r) => <Link href={`${base}/${r.id}`} className="font-medium text-indigo-700 hover:underline">{r.name}</Link> },
    { id: "state", header: t.state, sort: "problem", cell: (r) => <span className="inline-flex flex-wrap gap-1"><StateBadge state={r.state} />{r.atRisk && <AtRiskBadge />}{base === "/systems" && maintenance.has(r.id) && <MaintenanceBadge />}</span> },
    { id: "since", header: t.since, sort: "since", cell: (r) => <Since at={r.since} /> },
    { id: "tier", header: t.tier, sort: "tier", cell: (r) => m.enums.Tier[r.tier as 0 | 1 | 2 | 3] },
    { id: "team", header: t.team, cell: (r) => r.team?.name ?? "—" },
    { id: "last", header: t.lastSample, cell: (r) => (r.lastSampleAt ? formatDateTime(r.lastSampleAt, locale) : t.never) },
  ];
  if (data.total === 0) return <EmptyState title={filtered ? m.common.states.noMatches : t.empty} />;
  return (
    <div className={stale ? "opacity-60 transition-opacity" : undefined} data-testid="health-table">
      <DataTable columns={columns} rows={data.items} rowKey={(r) => r.id} sort={String(list.params.sort)} onSort={(sort) => list.set({ sort })} caption={t.title} />
      <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={(page) => list.set({ page })} onPageSize={(pageSize) => list.set({ pageSize })} />
    </div>
  );
}
