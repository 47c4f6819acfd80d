"use client";
import Link from "next/link";
import type { TInterface } from "@/lib/schemas/interface";
import type { Column } from "@/components/ui/data-table";
import { useI18n } from "@/lib/i18n/client";
import { LifecycleBadge, TierBadge } from "@/components/catalog/catalog-badges";
import { InheritedMark } from "@/components/catalog/inherited-mark";
import { PersonLabel, RefLink } from "@/components/catalog/people";
import { FlowCell } from "./flow-cell";

/** The interface's own team, else the provider's, marked as inherited. */
function TeamCell({ item: i }: { item: TInterface }) {
  const team = i.team ?? i.inherited.team ?? null;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className={i.team ? undefined : "italic"}><RefLink href={`/teams/${team?.id}`} entity={team} showKey={false} /></span>
      {!i.team && team && <InheritedMark from={i.provider} compact />}
    </span>
  );
}

function OwnerCell({ item: i }: { item: TInterface }) {
  const owner = i.technicalOwner ?? i.inherited.technicalOwner ?? null;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className={i.technicalOwner ? undefined : "italic"}><PersonLabel user={owner} /></span>
      {!i.technicalOwner && owner && <InheritedMark from={i.provider} compact />}
    </span>
  );
}

export function useInterfaceColumns(): Column<TInterface>[] {
  const { m } = useI18n();
  const f = m.interfaces.fields;
  return [
    {
      id: "interface", header: m.interfaces.columns.interface, sort: "name", cell: (i) => (
        <div className="flex flex-col">
          <Link href={`/interfaces/${i.id}`} className="font-medium text-indigo-700 hover:underline">{i.name}</Link>
          <code className="text-xs text-slate-500">{i.key}</code>
        </div>
      ),
    },
    { id: "flow", header: m.interfaces.columns.flow, cell: (i) => <FlowCell provider={i.provider} consumer={i.consumer} via={i.via} /> },
    { id: "style", header: f.style, sort: "style", cell: (i) => m.enums.InterfaceStyle[i.style] },
    { id: "mode", header: f.mode, sort: "mode", cell: (i) => m.enums.InterfaceMode[i.mode] },
    { id: "tier", header: m.common.fields.tier, sort: "tier", cell: (i) => <TierBadge tier={i.tier} /> },
    { id: "lifecycle", header: m.common.fields.lifecycle, sort: "lifecycle", cell: (i) => <LifecycleBadge lifecycle={i.lifecycle} /> },
    { id: "team", header: m.common.fields.team, cell: (i) => <TeamCell item={i} /> },
    { id: "owner", header: m.common.fields.technicalOwner, cell: (i) => <OwnerCell item={i} /> },
  ];
}
