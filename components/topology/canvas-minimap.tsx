"use client";
import { memo, useEffect, useMemo, useRef } from "react";
import { Panel, useStore, useStoreApi } from "@xyflow/react";
import { XYMinimap } from "@xyflow/system";
import type { MapNode } from "@/lib/topology/to-flow";

const WIDTH = 200;
const HEIGHT = 150;
const PAD = 6;

/** Minimap pixels = flow units × scale + offset: the nodes' extent fitted into the box. */
type Frame = { scale: number; dx: number; dy: number };

function frameOf(nodes: MapNode[]): Frame {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + (n.width ?? 0));
    maxY = Math.max(maxY, n.position.y + (n.height ?? 0));
  }
  if (!Number.isFinite(minX)) return { scale: 1, dx: 0, dy: 0 };
  const w = Math.max(maxX - minX, 1);
  const h = Math.max(maxY - minY, 1);
  const scale = Math.min((WIDTH - 2 * PAD) / w, (HEIGHT - 2 * PAD) / h);
  return { scale, dx: PAD + (WIDTH - 2 * PAD - w * scale) / 2 - minX * scale, dy: PAD + (HEIGHT - 2 * PAD - h * scale) / 2 - minY * scale };
}

// The viewport as one string: a new value only when it really moved, no object to compare.
const viewportKey = (s: { transform: [number, number, number]; width: number; height: number }) =>
  `${s.transform[0]} ${s.transform[1]} ${s.transform[2]} ${s.width} ${s.height}`;

type Props = { nodes: MapNode[]; color: (node: MapNode) => string; label: string; dark: boolean };

/**
 * The map's overview. React Flow's MiniMap draws every node as SVG and widens its view box to
 * take in the viewport, so each frame of a pan re-rasterised 1,000 rectangles (measured: 44 fps
 * with it, 53 without, panning 1,000 systems in software rendering). Here the nodes are painted
 * once per change onto a canvas framed on the nodes alone, and a pan only moves the viewport's
 * outline. Dragging and wheeling on it pan and zoom the map, as before (React Flow's own handler).
 */
function CanvasMiniMapView({ nodes, color, label, dark }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const store = useStoreApi();
  const panZoom = useStore((s) => s.panZoom);
  const frame = useMemo(() => frameOf(nodes), [nodes]);
  const frameRef = useRef(frame);
  useEffect(() => { frameRef.current = frame; }, [frame]);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext("2d");
    if (!el || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    el.width = WIDTH * ratio;
    el.height = HEIGHT * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    const { scale, dx, dy } = frame;
    for (const n of nodes) {
      const x = n.position.x * scale + dx;
      const y = n.position.y * scale + dy;
      const w = Math.max((n.width ?? 0) * scale, 1.5);
      const h = Math.max((n.height ?? 0) * scale, 1.5);
      if (n.type === "lane") {
        ctx.strokeStyle = dark ? "#475569" : "#cbd5e1";
        ctx.strokeRect(x, y, w, h);
        continue;
      }
      ctx.globalAlpha = n.type === "system" && n.data.emphasis === "dim" ? 0.25 : 1;
      ctx.fillStyle = color(n);
      ctx.fillRect(x, y, w, h);
    }
    ctx.globalAlpha = 1;
  }, [nodes, frame, color, dark]);

  const minimap = useRef<ReturnType<typeof XYMinimap> | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || !panZoom) return;
    minimap.current = XYMinimap({
      domNode: el, panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => 1 / frameRef.current.scale,
    });
    return () => { minimap.current?.destroy(); minimap.current = null; };
  }, [panZoom, store]);
  // The pane's size bounds where a drag may take the view: told again when it changes (the side
  // panel opening narrows it), as React Flow's own minimap does.
  const translateExtent = useStore((s) => s.translateExtent);
  const paneSize = useStore((s) => `${s.width} ${s.height}`);
  useEffect(() => {
    const [width, height] = paneSize.split(" ").map(Number);
    minimap.current?.update({ translateExtent, width, height, pannable: true, zoomable: true });
  }, [panZoom, translateExtent, paneSize]);

  const [tx, ty, zoom, paneWidth, paneHeight] = useStore(viewportKey).split(" ").map(Number);
  const view = {
    left: (-tx / zoom) * frame.scale + frame.dx,
    top: (-ty / zoom) * frame.scale + frame.dy,
    width: (paneWidth / zoom) * frame.scale,
    height: (paneHeight / zoom) * frame.scale,
  };
  return (
    <Panel position="bottom-right" className="react-flow__minimap">
      <div ref={box} role="img" aria-label={label} data-testid="map-minimap"
        className="relative cursor-grab overflow-hidden" style={{ width: WIDTH, height: HEIGHT }}>
        <canvas ref={canvas} style={{ width: WIDTH, height: HEIGHT }} />
        {/* The viewport; the shadow greys out what is outside it, as React Flow's mask did. */}
        <div aria-hidden className="pointer-events-none absolute border border-indigo-500"
          style={{ ...view, boxShadow: `0 0 0 ${WIDTH + HEIGHT}px ${dark ? "rgba(15,23,42,0.55)" : "rgba(226,232,240,0.6)"}` }} />
      </div>
    </Panel>
  );
}

export const CanvasMiniMap = memo(CanvasMiniMapView);
