"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { DataTable, type Column } from "@/components/ui/data-table";
import { LifecycleBadge, TierBadge } from "@/components/catalog/catalog-badges";
import type { TLifecycle } from "@/components/catalog/enum-options";
import type { TRef } from "@/components/catalog/types";
import type { TInterface } from "@/lib/schemas/interface";
import { FlowCell } from "./flow-cell";

export type InterfaceRow = {
  id: string; key: string; name: string; style: string; mode: string; tier: number; lifecycle: TLifecycle;
  provider: TRef; consumer: TRef; via?: TRef | null;
};

/** A compact, unsorted table of interfaces for detail pages (a system's, a team's). */
export function InterfaceSummaryTable({ rows, caption, current }: { rows: InterfaceRow[]; caption: string; current?: string }) {
  const { m } = useI18n();
  const f = m.interfaces.fields;
  const columns: Column<InterfaceRow>[] = [
    {
      id: "interface", header: m.interfaces.columns.interface, cell: (i) => (
        <div className="flex flex-col">
          <Link href={`/interfaces/${i.id}`} className="font-medium text-indigo-700 hover:underline">{i.name}</Link>
          <code className="text-xs text-slate-500">{i.key}</code>
        </div>
      ),
    },
    { id: "flow", header: m.interfaces.columns.flow, cell: (i) => <FlowCell provider={i.provider} consumer={i.consumer} via={i.via} current={current} /> },
    { id: "style", header: f.style, cell: (i) => m.enums.InterfaceStyle[i.style as TInterface["style"]] },
    { id: "mode", header: f.mode, cell: (i) => m.enums.InterfaceMode[i.mode as TInterface["mode"]] },
    { id: "tier", header: m.common.fields.tier, cell: (i) => <TierBadge tier={i.tier} /> },
    { id: "lifecycle", header: m.common.fields.lifecycle, cell: (i) => <LifecycleBadge lifecycle={i.lifecycle} /> },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(i) => i.id} caption={caption} sort="" onSort={() => {}} />;
}
