"use client";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useEdgesState, useNodesState, useReactFlow, type ReactFlowInstance } from "@xyflow/react";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { emphasizeEdges, emphasizeNodes, type Reach } from "@/lib/topology/emphasis";
import { countDrawnInterfaces, type MapEdge, type MapNode } from "@/lib/topology/to-flow";
import { fromViewDefinition, toSearchParams, toViewDefinition } from "@/lib/topology/view-state";
import type { TRef } from "@/components/catalog/types";
import { Banner, ErrorState, Spinner } from "@/components/ui/feedback";
import { errorMessage } from "@/components/catalog/error-message";
import { MapCanvas, type Selection } from "./map-canvas";
import { MapStatus } from "./map-status";
import { MapPanel, type PanelState } from "./map-panel";
import { MapActions } from "./map-actions";
import { FocusBar } from "./toolbar/focus-bar";
import { MapToolbar } from "./toolbar/map-toolbar";
import { positionsOf, type SavedPosition } from "./save-positions";
import { viewQuery } from "@/lib/queries/topology";
import { expandNode } from "./expand-node";
import { useMapData } from "./use-map-data";
import { useMapEdits } from "./use-map-edits";
import { useMapShortcuts } from "./use-map-shortcuts";
import { useUndo } from "./use-undo";
import { useViewState } from "./use-view-state";
import { fitOptions, MAX_FIT_ZOOM } from "./fit-view";

/** Ids of the drawn nodes at least partly on screen. */
function inViewport(flow: ReactFlowInstance<MapNode, MapEdge>, nodes: MapNode[]): string[] {
  const pane = document.querySelector("[data-testid=map-canvas]")?.getBoundingClientRect();
  if (!pane) return [];
  const { x, y, zoom } = flow.getViewport();
  const left = -x / zoom, top = -y / zoom, right = left + pane.width / zoom, bottom = top + pane.height / zoom;
  return nodes.filter((n) => n.type !== "lane" && n.position.x < right && n.position.x + (n.width ?? 0) > left
    && n.position.y < bottom && n.position.y + (n.height ?? 0) > top).map((n) => n.id);
}

/** The map page: toolbar, canvas and side panel around one view state held in the URL. */
export function TopologyWorkspace({ canWrite }: { canWrite: boolean }) {
  const { m } = useI18n();
  const searchId = useId();
  const flow = useReactFlow<MapNode, MapEdge>();
  const [urlState, setState] = useViewState();

  // A shared link names only the view (?view=<id>): its saved definition says what to show.
  const savedView = useQuery({ ...viewQuery(urlState.view ?? ""), enabled: !!urlState.view, staleTime: 60_000 });
  const bare = !!urlState.view && toSearchParams({ ...urlState, lanes: null }).toString() === `view=${encodeURIComponent(urlState.view)}`;
  const state = useMemo(
    () => (bare && savedView.data ? fromViewDefinition(savedView.data.id, savedView.data.definition, urlState.lanes) : urlState),
    [bare, savedView.data, urlState],
  );
  const map = useMapData(state, { positions: savedView.data?.positions ?? null, pending: bare && savedView.isPending });

  const [nodes, setNodes, onNodesChange] = useNodesState<MapNode>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<MapEdge>([]);
  const [panel, setPanel] = useState<PanelState>(null);
  const [impactReach, setReach] = useState<Reach | null>(null);
  // The highlight belongs to the impact panel: it goes when the panel does.
  const reach = panel?.type === "impact" ? impactReach : null;
  const [notice, setNotice] = useState<string | null>(null);
  const [selectRequest, setSelectRequest] = useState<string | null>(null);
  // A system just created from the canvas, until the refetched map shows whether the view has it.
  const created = useRef<{ id: string; name: string } | null>(null);
  const undo = useUndo();
  const applyPositions = useCallback((positions: SavedPosition[]) => {
    const at = new Map(positions.map((p) => [p.systemId, { x: p.x, y: p.y }]));
    setNodes((ns) => ns.map((n) => (at.has(n.id) ? { ...n, position: at.get(n.id)! } : n)));
  }, [setNodes]);
  const edits = useMapEdits(undo, applyPositions);

  // New server data replaces the canvas; impact reach re-styles only what it changes. A refetch
  // of the same view (after an edit) keeps every node where it is on screen and its selection:
  // only new nodes take their layout position, so drawing an interface does not reshuffle the map.
  const lastKey = useRef<string | null>(null);
  const lastSaved = useRef<Map<string, { x: number; y: number }>>(new Map());
  useEffect(() => {
    if (!map.placed) return;
    const { key, nodes: fresh, saved } = map.placed;
    const sameView = lastKey.current === key && !state.lanes;
    const before = lastSaved.current;
    lastKey.current = key;
    lastSaved.current = saved;
    setNodes((prev) => {
      if (!sameView) return emphasizeNodes(fresh, reach);
      const kept = new Map(prev.map((n) => [n.id, n]));
      return emphasizeNodes(fresh.map((n) => {
        const old = kept.get(n.id);
        if (!old) return n;
        // A saved position that changed since the last placing wins (a system just created here,
        // a move by someone else); otherwise the node stays where it is on screen. Comparing, not
        // just applying, keeps a saved view's own layout when a move here saves a shared position.
        const now = saved.get(n.id);
        const was = before.get(n.id);
        const moved = now && (!was || was.x !== now.x || was.y !== now.y);
        return { ...n, position: moved ? now : old.position, selected: old.selected };
      }), reach);
    });
    setEdges(emphasizeEdges(map.placed.edges, reach));
    // A system just created from the canvas that this view's filters leave out: say so.
    const added = created.current;
    if (added && sameView && map.placed.topology.nodes.length) {
      created.current = null;
      if (fresh.some((n) => n.id === added.id)) {
        // Keep what the user was looking at and bring the new system well inside the view, away
        // from the edges and the minimap, ready to be connected. After React Flow has the new
        // node, and from the positions on screen (a refetch keeps those, not the fresh layout's).
        setTimeout(() => {
          const onScreen = flow.getNodes();
          if (!onScreen.some((n) => n.id === added.id)) return;
          const ids = [...new Set([...inViewport(flow, onScreen), added.id])].map((id) => ({ id }));
          void flow.fitView(fitOptions({ nodes: ids, padding: 0.25, maxZoom: Math.min(flow.getZoom(), MAX_FIT_ZOOM), duration: 300 }));
        }, 50);
      } else setNotice(fmt(m.topology.createdHidden, { name: added.name }));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reach is applied below when only it changes
  }, [map.placed, setNodes, setEdges]);
  useEffect(() => {
    setNodes((ns) => emphasizeNodes(ns, reach));
    setEdges((es) => emphasizeEdges(es, reach));
    // Show the whole blast radius: the root and everything it reaches that this view draws.
    if (reach) {
      const ids = [reach.rootId, ...reach.systems.keys()].map((id) => ({ id }));
      setTimeout(() => void flow.fitView(fitOptions({ nodes: ids, padding: 0.15, duration: 300 })), 50);
    }
  }, [reach, setNodes, setEdges, flow]);

  // Select and centre a system found by search, once it is on the canvas.
  useEffect(() => {
    if (!selectRequest) return;
    const node = nodes.find((n) => n.id === selectRequest);
    if (!node) return;
    // Waits for the system to arrive on the canvas (a focus view may have to load first).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSelectRequest(null);
    setNodes((ns) => ns.map((n) => (n.selected === (n.id === node.id) ? n : { ...n, selected: n.id === node.id })));
    void flow.setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, { zoom: 1.1, duration: 400 });
    setPanel({ type: "system", id: node.id });
  }, [selectRequest, nodes, setNodes, flow]);

  const find = useCallback((system: TRef) => {
    if (!nodes.some((n) => n.id === system.id)) setState({ ...state, focus: system.id, groupBy: null });
    setSelectRequest(system.id);
  }, [nodes, state, setState]);

  const onSelect = useCallback((sel: Selection) => {
    setPanel((p) => {
      if (!sel) return p && (p.type === "system" || p.type === "interface") ? null : p;
      if (p && (p.type === sel.kind) && p.id === sel.id) return p;
      return { type: sel.kind, id: sel.id };
    });
  }, []);

  const closePanel = useCallback(() => setPanel(null), []);
  const selected = panel && (panel.type === "system" || panel.type === "interface") ? panel : null;

  const relayout = useCallback(async () => {
    const current = flow.getNodes().filter((n) => n.type !== "lane");
    try {
      const placed = await map.layoutAll(current, flow.getEdges());
      setNodes(emphasizeNodes(placed, reach));
      setTimeout(() => void flow.fitView(fitOptions({ duration: 200 })), 50);
      if (canWrite && !state.lanes) await edits.relaidOut(positionsOf(current), positionsOf(placed));
    } catch (e) {
      if (e instanceof Error && e.name === "AbortError") return;
      setNotice(errorMessage(e, m));
    }
  }, [flow, map, setNodes, reach, canWrite, state.lanes, edits, m]);

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
      <MapToolbar state={state} onChange={setState} onFind={find} searchId={searchId}
        actions={<MapActions canWrite={canWrite} state={state} savedView={savedView.data} undo={undo}
          onRelayout={() => void relayout()} onNewSystem={() => setPanel({ type: "new-system" })} onHelp={() => setPanel({ type: "help" })}
          definition={toViewDefinition(state)} positions={() => positionsOf(flow.getNodes())}
          onOpenView={(v) => setState(fromViewDefinition(v.id, v.definition, state.lanes))}
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
          {map.topology.isError && !topology ? (
            <div className="p-6"><ErrorState error={map.topology.error} onRetry={() => map.topology.refetch()} /></div>
          ) : !topology ? (
            <div className="p-6"><Spinner label={m.topology.loading} /></div>
          ) : topology.nodes.length === 0 ? (
            <div className="p-6"><Banner tone="info">{m.topology.empty}</Banner></div>
          ) : (
            <MapCanvas nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange}
              fitKey={map.placed?.key ?? ""} canWrite={canWrite} onSelect={onSelect}
              onOpenNode={(node) => expandNode({ node, state, setState, onNotice: setNotice, m })}
              onMoved={({ before, after }) => { edits.moved(before, after).catch((e) => setNotice(errorMessage(e, m))); }}
              onConnect={(providerId, consumerId) => {
                const ref = (id: string): TRef | null => {
                  const n = nodes.find((x) => x.id === id);
                  return n?.type === "system" ? { id, key: n.data.system.key, name: n.data.system.name } : null;
                };
                const provider = ref(providerId);
                const consumer = ref(consumerId);
                if (provider && consumer) setPanel({ type: "new-interface", provider, consumer });
              }} />
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
            onNotice={setNotice} onCreated={(system) => { created.current = system; }} />
        )}
      </div>
      {topology && <MapStatus topology={topology} drawnInterfaces={countDrawnInterfaces(map.placed?.edges ?? [])} />}
    </div>
  );
}
