"use client";
import Link from "next/link";
import type { TSystem } from "@/lib/schemas/system";
import type { Column } from "@/components/ui/data-table";
import { useI18n } from "@/lib/i18n/client";
import { LifecycleBadge, TierBadge } from "@/components/catalog/catalog-badges";
import { PersonLabel, RefLink } from "@/components/catalog/people";

/** A system's name (linking to its page) over its key. */
export function SystemNameCell({ system }: { system: { id: string; key: string; name: string } }) {
  return (
    <div className="flex flex-col">
      <Link href={`/systems/${system.id}`} className="font-medium text-indigo-700 hover:underline">{system.name}</Link>
      <code className="text-xs text-slate-500">{system.key}</code>
    </div>
  );
}

export function useSystemColumns(): Column<TSystem>[] {
  const { m } = useI18n();
  const f = m.systems.fields;
  return [
    { id: "system", header: m.systems.columns.system, sort: "name", cell: (s) => <SystemNameCell system={s} /> },
    { id: "kind", header: f.kind, sort: "kind", cell: (s) => m.enums.SystemKind[s.kind] },
    { id: "layer", header: f.layer, sort: "layer", cell: (s) => m.enums.Layer[s.layer] },
    { id: "tier", header: m.common.fields.tier, sort: "tier", cell: (s) => <TierBadge tier={s.tier} /> },
    { id: "lifecycle", header: m.common.fields.lifecycle, sort: "lifecycle", cell: (s) => <LifecycleBadge lifecycle={s.lifecycle} /> },
    { id: "team", header: m.common.fields.team, cell: (s) => <RefLink href={`/teams/${s.team?.id}`} entity={s.team} showKey={false} /> },
    { id: "owner", header: m.common.fields.technicalOwner, cell: (s) => <PersonLabel user={s.technicalOwner} /> },
    {
      id: "grouping", header: f.grouping,
      cell: (s) => (s.grouping || s.domain ? (
        <div className="flex flex-col">
          <span>{s.grouping ?? "—"}</span>
          {s.domain && <span className="text-xs text-slate-500">{s.domain}</span>}
        </div>
      ) : "—"),
    },
  ];
}
