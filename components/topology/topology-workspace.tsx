"use client";
import { useCallback, useId, useState } from "react";
import { useReactFlow } from "@xyflow/react";
import { useI18n } from "@/lib/i18n/client";
import { countDrawnInterfaces, type MapEdge, type MapNode } from "@/lib/topology/to-flow";
import { fromViewDefinition, toViewDefinition } from "@/lib/topology/view-state";
import type { TRef } from "@/components/catalog/types";
import { Banner, ErrorState, Spinner } from "@/components/ui/feedback";
import { errorMessage } from "@/components/catalog/error-message";
import { MapCanvas } from "./map-canvas";
import { MapStatus } from "./map-status";
import { MapPanel } from "./map-panel";
import { MapActions } from "./map-actions";
import { FocusBar } from "./toolbar/focus-bar";
import { MapToolbar } from "./toolbar/map-toolbar";
import { positionsOf } from "./save-positions";
import { expandNode } from "./expand-node";
import { useCanvasSync } from "./use-canvas-sync";
import { useFindSystem } from "./use-find-system";
import { useMapData } from "./use-map-data";
import { useMapEdits } from "./use-map-edits";
import { useMapSelection } from "./use-map-selection";
import { useMapShortcuts } from "./use-map-shortcuts";
import { useRelayout } from "./use-relayout";
import { useResolvedView } from "./use-resolved-view";
import { useUndo } from "./use-undo";
import { fitOptions } from "./fit-view";
import { LevelColoursProvider, useLevelColours } from "./level-colours";
import { LevelLegend } from "./level-legend";
import { HealthOverlayProvider, useHealthOverlay } from "./health-overlay";
import { HealthLegend } from "./health-legend";
import { AlertMarksProvider, useAlertMarks } from "./alert-marks";

/** The map page: toolbar, canvas and side panel around one view state held in the URL. */
export function TopologyWorkspace({ canWrite }: { canWrite: boolean }) {
  const { m } = useI18n();
  const searchId = useId();
  const flow = useReactFlow<MapNode, MapEdge>();
  const { state, setState, savedView, pending } = useResolvedView();
  const map = useMapData(state, { positions: savedView.data?.positions ?? null, pending, share: canWrite });
  const [notice, setNotice] = useState<string | null>(null);
  const levels = useLevelColours(state.colour === "level");
  const health = useHealthOverlay(state.colour === "health");
  const alertMarks = useAlertMarks();
  const { panel, setPanel, closePanel, selected, reach, setReach, onSelect } = useMapSelection();
  const canvas = useCanvasSync({ placed: map.placed, lanes: state.lanes, reach, onNotice: setNotice });
  const find = useFindSystem({ nodes: canvas.nodes, setNodes: canvas.setNodes, state, setState, setPanel });
  const undo = useUndo();
  const edits = useMapEdits(undo, canvas.applyPositions);
  const relayout = useRelayout({
    layoutAll: map.layoutAll, setNodes: canvas.setNodes, reach, save: canWrite && !state.lanes, edits, onNotice: setNotice,
  });
  const systemRef = useCallback((id: string): TRef | null => {
    const n = canvas.nodes.find((x) => x.id === id);
    return n?.type === "system" ? { id, key: n.data.system.key, name: n.data.system.name } : null;
  }, [canvas.nodes]);

  useMapShortcuts({
    search: () => document.getElementById(searchId)?.focus(),
    fit: () => void flow.fitView(fitOptions({ duration: 200 })),
    relayout: () => void relayout(),
    newSystem: canWrite ? () => setPanel({ type: "new-system" }) : undefined,
    impact: () => { if (selected) setPanel({ type: "impact", target: { type: selected.type, id: selected.id }, direction: "downstream" }); },
    remove: canWrite && selected ? () => setPanel({ ...selected, mode: "delete" }) : undefined,
    undo: canWrite ? () => void undo.undoLast() : undefined,
    escape: closePanel,
    help: () => setPanel({ type: "help" }),
  });

  const topology = map.placed?.topology;
  const focusName = topology?.nodes.find((n) => n.id === topology.focus && n.type === "system");
  return (
    <div className="flex h-full flex-col">
      <MapToolbar state={state} onChange={setState} onFind={find} searchId={searchId} labels={topology?.labels}
        actions={<MapActions canWrite={canWrite} state={state} savedView={savedView.data} undo={undo}
          onRelayout={() => void relayout()} onNewSystem={() => setPanel({ type: "new-system" })} onHelp={() => setPanel({ type: "help" })}
          definition={toViewDefinition(state)} positions={() => positionsOf(flow.getNodes())}
          onOpenView={(v) => setState(fromViewDefinition(v.id, v.definition, state))}
          onCloseView={() => setState({ ...state, view: null })}
          title={savedView.data?.name ?? m.topology.exportTitle} />} />
      {state.focus && <FocusBar state={state} focusName={focusName?.type === "system" ? focusName.name : state.focus} onChange={setState} />}
      {(notice || undo.error || map.layoutError || savedView.error) ? (
        <div className="space-y-1 px-3 pt-2">
          {savedView.error && <Banner>{m.topology.views.notFound}</Banner>}
          {map.layoutError && <Banner>{m.topology.layoutFailed}</Banner>}
          {undo.error ? <Banner>{errorMessage(undo.error, m)}</Banner> : null}
          {notice && <Banner tone="info">{notice} <button type="button" className="ml-2 underline" onClick={() => setNotice(null)}>{m.topology.dismiss}</button></Banner>}
        </div>
      ) : null}
      <div className="relative flex min-h-0 flex-1">
        <div className="relative min-w-0 flex-1" data-testid="map-canvas" aria-busy={map.laying}>
          <LevelColoursProvider value={levels.maps}>
          <HealthOverlayProvider value={health.maps}>
          <AlertMarksProvider value={alertMarks}>
          {map.topology.isError && !topology ? (
            <div className="p-6"><ErrorState error={map.topology.error} onRetry={() => map.topology.refetch()} /></div>
          ) : !topology ? (
            <div className="p-6"><Spinner label={m.topology.loading} /></div>
          ) : topology.nodes.length === 0 ? (
            <div className="p-6"><Banner tone="info">{m.topology.empty}</Banner></div>
          ) : (
            <MapCanvas nodes={canvas.nodes} edges={canvas.edges} onNodesChange={canvas.onNodesChange} onEdgesChange={canvas.onEdgesChange}
              fitKey={map.placed?.key ?? ""} canWrite={canWrite} onSelect={onSelect}
              onOpenNode={(node) => expandNode({ node, state, setState, onNotice: setNotice, m })}
              onMoved={({ before, after }) => { edits.moved(before, after).catch((e) => setNotice(errorMessage(e, m))); }}
              onConnect={(providerId, consumerId) => {
                const provider = systemRef(providerId);
                const consumer = systemRef(consumerId);
                if (provider && consumer) setPanel({ type: "new-interface", provider, consumer });
              }} />
          )}
          </AlertMarksProvider>
          </HealthOverlayProvider>
          </LevelColoursProvider>
          {state.colour === "level" && topology && topology.nodes.length > 0 && (
            <LevelLegend loading={levels.loading} failed={!!levels.error} onRetry={levels.retry} />
          )}
          {state.colour === "health" && topology && topology.nodes.length > 0 && (
            <HealthLegend loading={health.loading} failed={!!health.error} onRetry={health.retry} />
          )}
          {map.laying && topology && (
            <div className="pointer-events-none absolute left-3 top-3 rounded bg-white/90 px-2 py-1 text-xs text-slate-600 shadow" role="status">
              {m.topology.laying}
            </div>
          )}
        </div>
        {panel && (
          <MapPanel panel={panel} canWrite={canWrite} edits={edits} onClose={closePanel} onPanel={setPanel} onReach={setReach}
            onFocus={(id) => setState({ ...state, focus: id, groupBy: null })}
            onNotice={setNotice} onCreated={canvas.expectCreated} />
        )}
      </div>
      {topology && <MapStatus topology={topology} drawnInterfaces={countDrawnInterfaces(map.placed?.edges ?? [])} />}
    </div>
  );
}
