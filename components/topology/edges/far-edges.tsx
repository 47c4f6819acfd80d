"use client";
import { memo, useMemo } from "react";
import { ViewportPortal } from "@xyflow/react";
import { COMPLIANCE_LEVELS, type TComplianceLevel } from "@/lib/schemas/enums";
import type { Emphasis, InterfaceEdgeData, MapEdge, MapNode } from "@/lib/topology/to-flow";
import { LEVEL_COLORS } from "@/components/compliance/compliance-marks";
import { HEALTH_COLORS, type HealthKey } from "@/components/health/health-marks";
import type { HealthMark } from "../health-overlay";

const HEALTH_KEYS: HealthKey[] = ["UNKNOWN", "UP", "NO_DATA", "DEGRADED", "DOWN"];
const healthBucket = (k: HealthKey) => `health-${k}` as const;

/**
 * `levels`: interfaces' levels when the map is coloured by level; `health`: their health marks when
 * it shows health (one path per level or state then, the worst drawn last, on top).
 */
type Props = {
  nodes: MapNode[]; edges: MapEdge[]; dimmed: boolean;
  levels: ReadonlyMap<string, TComplianceLevel> | null; health: ReadonlyMap<string, HealthMark> | null;
};

/** Provider's right side to consumer's left side, curved like React Flow's bezier edges. */
function curve(from: MapNode, to: MapNode): string {
  const sx = from.position.x + (from.width ?? 0);
  const sy = from.position.y + (from.height ?? 0) / 2;
  const tx = to.position.x;
  const ty = to.position.y + (to.height ?? 0) / 2;
  const dx = Math.max(Math.abs(tx - sx) / 2, 60);
  return `M${sx.toFixed(0)} ${sy.toFixed(0)}C${(sx + dx).toFixed(0)} ${sy.toFixed(0)} ${(tx - dx).toFixed(0)} ${ty.toFixed(0)} ${tx.toFixed(0)} ${ty.toFixed(0)}`;
}

type Buckets = Record<"solid" | "dashed" | "reached" | "root" | TComplianceLevel | ReturnType<typeof healthBucket>, string[]>;

/**
 * Zoomed out, thousands of edges as a handful of SVG paths instead of thousands of React Flow
 * edge components (each with its own store subscriptions and elements): what lets a 1,000-system
 * map open and pan quickly. Nobody can aim at a 1 px edge at this zoom; zooming in brings the
 * interactive edges back. Highlighted (impact) edges get their own paths on top.
 */
function FarEdgesView({ nodes, edges, dimmed, levels, health }: Props) {
  // New node objects arrive for more than moves (React Flow reporting their measured sizes once
  // drawn, selection): the curves are recomputed only when a box moved or changed size.
  const geometry = useMemo(() => nodes.map((n) => `${n.id} ${n.position.x} ${n.position.y} ${n.width} ${n.height}`).join("\n"), [nodes]);
  const paths = useMemo(() => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const buckets = Object.fromEntries(["solid", "dashed", "reached", "root", ...COMPLIANCE_LEVELS, ...HEALTH_KEYS.map(healthBucket)].map((k) => [k, []])) as unknown as Buckets;
    for (const e of edges) {
      const from = byId.get(e.source);
      const to = byId.get(e.target);
      if (!from || !to) continue;
      const data = e.type === "interface" ? (e.data as InterfaceEdgeData | undefined) : undefined;
      const emphasis: Emphasis = data?.emphasis ?? null;
      const bucket = emphasis === "reached" || emphasis === "root" ? emphasis
        : health && data ? healthBucket(health.get(e.id)?.state ?? "UNKNOWN")
        : levels && data ? (levels.get(e.id) ?? "NOT_RATED")
        : data?.item.mode === "ASYNC" || e.type === "more" ? "dashed" : "solid";
      buckets[bucket].push(curve(from, to));
    }
    return Object.fromEntries(Object.entries(buckets).map(([k, v]) => [k, v.join("")])) as Record<keyof Buckets, string>;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `geometry` is what of `nodes` the curves read
  }, [geometry, edges, levels, health]);
  const base = { fill: "none", strokeWidth: 1.5, opacity: dimmed ? 0.15 : 0.6 };
  return (
    <ViewportPortal>
      <svg data-testid="far-edges" aria-hidden className="pointer-events-none absolute left-0 top-0 overflow-visible" width={1} height={1}
        style={{ zIndex: -1 }}>
        <path d={paths.solid} stroke="var(--color-slate-400)" {...base} />
        <path d={paths.dashed} stroke="var(--color-slate-400)" strokeDasharray="6 4" {...base} />
        {levels && COMPLIANCE_LEVELS.map((l) => <path key={l} d={paths[l]} stroke={LEVEL_COLORS[l]} {...base} strokeWidth={2} />)}
        {health && HEALTH_KEYS.map((k) => <path key={k} d={paths[healthBucket(k)]} stroke={HEALTH_COLORS[k]} {...base} strokeWidth={2} />)}
        <path d={paths.reached} stroke="var(--color-amber-600)" fill="none" strokeWidth={3} />
        <path d={paths.root} stroke="var(--color-indigo-600)" fill="none" strokeWidth={3} />
      </svg>
    </ViewportPortal>
  );
}

export const FarEdges = memo(FarEdgesView);
