"use client";
import { useCallback, useEffect, useRef } from "react";
import {
  Background, Controls, ReactFlow, useReactFlow,
  type Connection, type NodeMouseHandler, type OnEdgesChange, type OnNodesChange, type OnSelectionChangeParams,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useI18n } from "@/lib/i18n/client";
import type { MapEdge, MapNode } from "@/lib/topology/to-flow";
import { openingMinZoom } from "@/lib/topology/level-of-detail";
import { useTheme } from "@/lib/theme/client";
import { SystemNode } from "./nodes/system-node";
import { ClusterNode } from "./nodes/cluster-node";
import { MoreNode } from "./nodes/more-node";
import { LaneNode } from "./nodes/lane-node";
import { LAYER_COLORS } from "./nodes/kind-icon";
import { InterfaceEdge } from "./edges/interface-edge";
import { CountEdge } from "./edges/count-edge";
import { FarEdges } from "./edges/far-edges";
import { CanvasMiniMap } from "./canvas-minimap";
import { useFar } from "./use-far";
import { positionsOf, type SavedPosition } from "./save-positions";
import { FIT_VIEW, fitOptions } from "./fit-view";
import { LEVEL_HEX, useLevelMaps } from "./level-colours";
import { useHealthMaps } from "./health-overlay";
import { HEALTH_HEX } from "@/components/health/health-marks";

/** Below this many edges the interactive edge components stay, zoomed out or not. */
const FAR_OVERLAY_MIN_EDGES = 300;

const nodeTypes = { system: SystemNode, cluster: ClusterNode, more: MoreNode, lane: LaneNode };
const edgeTypes = { interface: InterfaceEdge, aggregate: CountEdge, more: CountEdge };

export type Selection = { kind: "system" | "interface"; id: string } | null;

type Props = {
  nodes: MapNode[];
  edges: MapEdge[];
  onNodesChange: OnNodesChange<MapNode>;
  onEdgesChange: OnEdgesChange<MapEdge>;
  /** Changes when another view arrives: the viewport is fitted to it. */
  fitKey: string;
  canWrite: boolean;
  onSelect: (selection: Selection) => void;
  onOpenNode: (node: MapNode) => void;
  onMoved: (moves: { before: SavedPosition[]; after: SavedPosition[] }) => void;
  onConnect: (providerId: string, consumerId: string) => void;
};

const NO_EDGES: MapEdge[] = [];

const layerColor = (n: MapNode) => (n.type === "system" ? (LAYER_COLORS[n.data.system.layer] ?? "#94a3b8") : "#cbd5e1");

/** The React Flow canvas: drawing, dragging, connecting and selecting; the page owns the state. */
export function MapCanvas({ nodes, edges, onNodesChange, onEdgesChange, fitKey, canWrite, onSelect, onOpenNode, onMoved, onConnect }: Props) {
  const { m } = useI18n();
  const { resolved } = useTheme();
  const dragStart = useRef<SavedPosition[]>([]);
  const { fitView, getNodes } = useReactFlow();
  const far = useFar(nodes.length);
  const levels = useLevelMaps();
  const health = useHealthMaps();
  const minimapColor = useCallback((n: MapNode) => (
    health && n.type === "system" ? HEALTH_HEX[health.systems.get(n.id)?.state ?? "UNKNOWN"]
      : levels && n.type === "system" ? LEVEL_HEX[levels.systems.get(n.id) ?? "NOT_RATED"] : layerColor(n)), [levels, health]);
  // Zoomed out on a big map, edges are drawn as a few plain paths (FarEdges), not as components.
  const overlay = far && edges.length > FAR_OVERLAY_MIN_EDGES;
  const dimmed = overlay && edges.some((e) => e.type === "interface" && e.data?.emphasis === "dim");

  useEffect(() => {
    // A new view (not a refetch of the same one), once React Flow has the nodes: all of it, or
    // for a smaller map its middle with names readable.
    const timer = setTimeout(() => void fitView(fitOptions({ duration: 200, minZoom: openingMinZoom(getNodes().length) })), 50);
    return () => clearTimeout(timer);
  }, [fitKey, fitView, getNodes]);

  const onSelectionChange = useCallback(({ nodes: ns, edges: es }: OnSelectionChangeParams) => {
    const node = ns.find((n) => n.type === "system");
    const edge = es.find((e) => e.type === "interface");
    // Only opens panels: edges leave the selection when zooming out swaps them for FarEdges, and
    // that must not close what the user is reading. A click on the empty canvas closes it.
    if (node) onSelect({ kind: "system", id: node.id });
    else if (edge) onSelect({ kind: "interface", id: edge.id });
  }, [onSelect]);

  const onNodeClick: NodeMouseHandler<MapNode> = useCallback((_, node) => {
    if (node.type === "cluster" || node.type === "more") onOpenNode(node);
  }, [onOpenNode]);


  return (
    <ReactFlow<MapNode, MapEdge>
      nodes={nodes} edges={overlay ? NO_EDGES : edges} nodeTypes={nodeTypes} edgeTypes={edgeTypes}
      onNodesChange={onNodesChange} onEdgesChange={onEdgesChange}
      onSelectionChange={onSelectionChange} onNodeClick={onNodeClick} onPaneClick={() => onSelect(null)}
      onNodeDragStart={(_, __, dragged) => { dragStart.current = positionsOf(dragged); }}
      onNodeDragStop={(_, __, dragged) => {
        const after = positionsOf(dragged);
        const before = dragStart.current;
        const moved = after.some((p, i) => p.x !== before[i]?.x || p.y !== before[i]?.y);
        if (moved) onMoved({ before, after });
      }}
      onConnect={(c: Connection) => { if (c.source && c.target && c.source !== c.target) onConnect(c.source, c.target); }}
      isValidConnection={(c) => c.source !== c.target}
      nodesDraggable={canWrite} nodesConnectable={canWrite} edgesReconnectable={false}
      deleteKeyCode={null} selectionKeyCode={null} multiSelectionKeyCode="Shift"
      colorMode={resolved} minZoom={0.05} maxZoom={2} onlyRenderVisibleElements={!far}
      fitView fitViewOptions={fitOptions({ minZoom: openingMinZoom(nodes.length) })}
      aria-label={m.topology.canvasLabel}
    >
      {overlay && <FarEdges nodes={nodes} edges={edges} dimmed={dimmed} levels={levels?.interfaces ?? null} health={health?.interfaces ?? null} />}
      {/* Zoomed out, the dot grid is a grey haze that costs repainting on every frame of a pan. */}
      {!far && <Background gap={24} />}
      <Controls showInteractive={false} fitViewOptions={FIT_VIEW} aria-label={m.topology.controls} />
      <CanvasMiniMap nodes={nodes} color={minimapColor} label={m.topology.minimap} dark={resolved === "dark"} />
    </ReactFlow>
  );
}
