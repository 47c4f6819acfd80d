"use client";
import { useCallback } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TSystem } from "@/lib/schemas/system";
import type { TInterface } from "@/lib/schemas/interface";
import { invalidateCatalog } from "@/lib/queries/invalidate";
import { systemRequest, toSystemDraft } from "@/components/systems/system-form-values";
import { interfaceRequest, toInterfaceDraft } from "@/components/interfaces/interface-form-values";
import { savePositions, type SavedPosition } from "./save-positions";
import type { Undo } from "./use-undo";

type Entity = { kind: "system"; record: TSystem } | { kind: "interface"; record: TInterface };

const pathOf = (e: { kind: "system" | "interface"; id: string }) => `/${e.kind === "system" ? "systems" : "interfaces"}/${e.id}`;

/**
 * Edits made on the map, each recorded with its reversal. Everything goes through /api/v1, so the
 * server checks the role, validates and audits exactly as for any other client.
 */
export function useMapEdits(undo: Undo, applyPositions: (positions: SavedPosition[]) => void) {
  const i18n = useI18n();
  const { m } = i18n;
  const qc = useQueryClient();
  const refresh = useCallback(() => invalidateCatalog(qc), [qc]);

  /** The request that turns `to` back into `from` (an edit's reversal), or recreates `from`. */
  const requestBack = useCallback((from: Entity, to?: Entity) => {
    const result = from.kind === "system"
      ? systemRequest(toSystemDraft(from.record), i18n, to?.record as TSystem | undefined)
      : interfaceRequest(toInterfaceDraft(from.record), i18n, to?.record as TInterface | undefined);
    if (result && !result.ok) throw new Error(m.topology.undo.impossible);
    return result?.body;
  }, [i18n, m]);

  const moved = useCallback(async (before: SavedPosition[], after: SavedPosition[]) => {
    await savePositions(after);
    // Positions are not refetched into the canvas (it keeps what is on screen): put them back here.
    undo.push({ label: m.topology.undo.move, undo: async () => { await savePositions(before); applyPositions(before); } });
  }, [undo, m, applyPositions]);

  const relaidOut = useCallback(async (before: SavedPosition[], after: SavedPosition[]) => {
    await savePositions(after);
    undo.push({ label: m.topology.undo.relayout, undo: async () => { await savePositions(before); applyPositions(before); } });
  }, [undo, m, applyPositions]);

  const created = useCallback((entity: Entity) => {
    refresh();
    undo.push({
      label: fmt(m.topology.undo.create, { name: entity.record.name }),
      undo: async () => { await api(pathOf({ kind: entity.kind, id: entity.record.id }), { method: "DELETE" }); refresh(); },
    });
  }, [undo, m, refresh]);

  const updated = useCallback((before: Entity, after: Entity) => {
    refresh();
    undo.push({
      label: fmt(m.topology.undo.update, { name: after.record.name }),
      undo: async () => {
        // The version read now, so the reversal also refuses to overwrite someone else's newer edit.
        const current = await api<TSystem | TInterface>(pathOf({ kind: after.kind, id: after.record.id }));
        if (current.version !== after.record.version) throw new Error(m.topology.undo.changedSince);
        const body = requestBack(before, after);
        if (body) await api(pathOf({ kind: after.kind, id: after.record.id }), { method: "PATCH", body });
        refresh();
      },
    });
  }, [undo, m, refresh, requestBack]);

  const deleted = useCallback((entity: Entity) => {
    refresh();
    undo.push({
      label: fmt(m.topology.undo.delete, { name: entity.record.name }),
      undo: async () => {
        const body = requestBack(entity);
        await api(entity.kind === "system" ? "/systems" : "/interfaces", { method: "POST", body });
        refresh();
      },
    });
  }, [undo, m, refresh, requestBack]);

  return { moved, relaidOut, created, updated, deleted, refresh };
}
export type MapEdits = ReturnType<typeof useMapEdits>;
export type { Entity as EditedEntity };
