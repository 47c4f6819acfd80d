"use client";
import { useCallback, useEffect, useRef } from "react";
import { useEdgesState, useNodesState, useReactFlow, useStoreApi } from "@xyflow/react";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { emphasizeEdges, emphasizeNodes, type Reach } from "@/lib/topology/emphasis";
import type { MapEdge, MapNode } from "@/lib/topology/to-flow";
import type { SavedPosition } from "./save-positions";
import type { PlacedMap } from "./use-map-data";
import { inViewport } from "./in-viewport";
import { openingMinZoom } from "@/lib/topology/level-of-detail";
import { fitOptions, fittedViewport, MAX_FIT_ZOOM } from "./fit-view";

type Options = { placed: PlacedMap | null; lanes: string | null; reach: Reach | null; onNotice: (text: string) => void };
type Created = { id: string; name: string };

/**
 * React Flow's nodes and edges, kept in step with the server's map. New server data replaces the
 * canvas; impact reach re-styles only what it changes. A refetch of the same view (after an edit)
 * keeps every node where it is on screen and its selection: only new nodes take their layout
 * position, so drawing an interface does not reshuffle the map.
 */
export function useCanvasSync({ placed, lanes, reach, onNotice }: Options) {
  const { m } = useI18n();
  const flow = useReactFlow<MapNode, MapEdge>();
  const store = useStoreApi<MapNode, MapEdge>();
  const [nodes, setNodes, onNodesChange] = useNodesState<MapNode>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<MapEdge>([]);
  // A system just created from the canvas, until the refetched map shows whether the view has it.
  const created = useRef<Created | null>(null);
  const lastKey = useRef<string | null>(null);
  const lastSaved = useRef<Map<string, { x: number; y: number }>>(new Map());

  useEffect(() => {
    if (!placed) return;
    const { key, nodes: fresh, saved } = placed;
    const sameView = lastKey.current === key && !lanes;
    const before = lastSaved.current;
    lastKey.current = key;
    lastSaved.current = saved;
    if (!sameView) {
      // The fit MapCanvas makes for a new view, made now: the nodes' first render is at its zoom.
      const viewport = fittedViewport(fresh, store.getState(), { minZoom: openingMinZoom(fresh.length) });
      if (viewport) void flow.setViewport(viewport);
    }
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
    setEdges(emphasizeEdges(placed.edges, reach));
    const added = created.current;
    if (added && sameView && placed.topology.nodes.length) {
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
      } else onNotice(fmt(m.topology.createdHidden, { name: added.name })); // this view's filters leave it out
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reach is applied below when only it changes
  }, [placed, setNodes, setEdges]);

  useEffect(() => {
    setNodes((ns) => emphasizeNodes(ns, reach));
    setEdges((es) => emphasizeEdges(es, reach));
    // Show the whole blast radius: the root and everything it reaches that this view draws.
    if (reach) {
      const ids = [reach.rootId, ...reach.systems.keys()].map((id) => ({ id }));
      setTimeout(() => void flow.fitView(fitOptions({ nodes: ids, padding: 0.15, duration: 300 })), 50);
    }
  }, [reach, setNodes, setEdges, flow]);

  const applyPositions = useCallback((positions: SavedPosition[]) => {
    const at = new Map(positions.map((p) => [p.systemId, { x: p.x, y: p.y }]));
    setNodes((ns) => ns.map((n) => (at.has(n.id) ? { ...n, position: at.get(n.id)! } : n)));
  }, [setNodes]);
  /** The next refetch should show this new system; say so if the view leaves it out. */
  const expectCreated = useCallback((system: Created) => { created.current = system; }, []);

  return { nodes, edges, setNodes, onNodesChange, onEdgesChange, applyPositions, expectCreated };
}
