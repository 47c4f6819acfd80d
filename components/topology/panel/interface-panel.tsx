"use client";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import type { TInterface } from "@/lib/schemas/interface";
import { QueryState } from "@/components/catalog/query-state";
import { OwnersCard } from "@/components/catalog/owners-card";
import { InterfaceFacts } from "@/components/interfaces/interface-facts";
import { InterfaceFlowCard } from "@/components/interfaces/interface-flow-card";
import { InterfaceForm } from "@/components/interfaces/interface-form";
import { InterfaceReliability } from "@/components/interfaces/interface-reliability";
import { interfaceDetailQuery } from "@/lib/queries/interfaces";
import type { MapEdits } from "../use-map-edits";
import { DeleteDialog } from "@/components/catalog/delete-dialog";
import { PanelActions } from "./panel-actions";
import { SidePanel } from "./side-panel";

type Props = {
  id: string;
  canWrite: boolean;
  edits: MapEdits;
  onClose: () => void;
  onImpact: (direction: "downstream" | "upstream") => void;
  initialMode?: "view" | "edit" | "delete";
};

/** The selected interface: provider → consumer, its facts and owners, editing for engineers. */
export function InterfacePanel({ id, canWrite, edits, onClose, onImpact, initialMode = "view" }: Props) {
  const { m } = useI18n();
  const [mode, setMode] = useState<"view" | "edit" | "delete">(canWrite ? initialMode : "view");
  const query = useQuery({ ...interfaceDetailQuery(id), refetchOnWindowFocus: mode === "view" });
  const i = query.data;
  return (
    <SidePanel title={i?.name ?? m.common.states.loading} subtitle={i && <code>{i.key}</code>} onClose={onClose} testId="interface-panel">
      <QueryState query={query}>
        {(item: TInterface) => mode === "edit" ? (
          <InterfaceForm key={item.version} item={item} onReload={() => query.refetch()}
            onCancel={() => setMode("view")}
            onSaved={(saved) => { edits.updated({ kind: "interface", record: item }, { kind: "interface", record: saved }); setMode("view"); }} />
        ) : (
          <>
            <PanelActions href={`/interfaces/${item.id}`} canWrite={canWrite} onImpact={onImpact}
              onEdit={() => setMode("edit")} onDelete={() => setMode("delete")} />
            <InterfaceFlowCard item={item} />
            <OwnersCard team={item.team} technicalOwner={item.technicalOwner} inherited={item.inherited} provider={item.provider} />
            <InterfaceFacts item={item} />
            <InterfaceReliability item={item} />
            <DeleteDialog open={mode === "delete"} path={`/interfaces/${item.id}`} name={item.name}
              onCancel={() => setMode("view")}
              onDeleted={() => { edits.deleted({ kind: "interface", record: item }); onClose(); }} />
          </>
        )}
      </QueryState>
    </SidePanel>
  );
}
