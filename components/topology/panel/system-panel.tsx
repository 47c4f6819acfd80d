"use client";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import type { TSystem } from "@/lib/schemas/system";
import { Button } from "@/components/ui/button";
import { QueryState } from "@/components/catalog/query-state";
import { OwnersCard } from "@/components/catalog/owners-card";
import { SystemFacts } from "@/components/systems/system-facts";
import { SystemForm } from "@/components/systems/system-form";
import { SystemLinks } from "@/components/systems/system-links";
import { systemDetailQuery } from "@/lib/queries/systems";
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
  onFocus: () => void;
  initialMode?: "view" | "edit" | "delete";
};

/** The selected system: its facts and owners, and (for engineers) editing in place. */
export function SystemPanel({ id, canWrite, edits, onClose, onImpact, onFocus, initialMode = "view" }: Props) {
  const { m } = useI18n();
  const [mode, setMode] = useState<"view" | "edit" | "delete">(canWrite ? initialMode : "view");
  // No background refetch while editing: a newer version would remount the form and drop what was typed.
  const query = useQuery({ ...systemDetailQuery(id), refetchOnWindowFocus: mode === "view" });
  const s = query.data;
  return (
    <SidePanel title={s?.name ?? m.common.states.loading} subtitle={s && <code>{s.key}</code>} onClose={onClose} testId="system-panel">
      <QueryState query={query}>
        {(system: TSystem) => mode === "edit" ? (
          <SystemForm key={system.version} system={system} onReload={() => query.refetch()}
            onCancel={() => setMode("view")}
            onSaved={(saved) => { edits.updated({ kind: "system", record: system }, { kind: "system", record: saved }); setMode("view"); }} />
        ) : (
          <>
            <PanelActions href={`/systems/${system.id}`} canWrite={canWrite} onImpact={onImpact}
              onEdit={() => setMode("edit")} onDelete={() => setMode("delete")}
              extra={<Button variant="secondary" onClick={onFocus}>{m.topology.panel.focus}</Button>} />
            <OwnersCard team={system.team} technicalOwner={system.technicalOwner} businessOwner={system.businessOwner} />
            <SystemFacts system={system} />
            <SystemLinks system={system} />
            <DeleteDialog open={mode === "delete"} path={`/systems/${system.id}`} name={system.name}
              onCancel={() => setMode("view")}
              onDeleted={() => { edits.deleted({ kind: "system", record: system }); onClose(); }} />
          </>
        )}
      </QueryState>
    </SidePanel>
  );
}
