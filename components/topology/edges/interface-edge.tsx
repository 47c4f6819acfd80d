"use client";
import { memo } from "react";
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from "@xyflow/react";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { InterfaceFlowEdge } from "@/lib/topology/to-flow";
import { LEVEL_COLORS } from "@/components/compliance/compliance-marks";
import { useDetail } from "../use-far";
import { useLevelOf } from "../level-colours";
import { useHealthOf } from "../health-overlay";
import { HEALTH_COLORS } from "@/components/health/health-marks";

// Theme variables, so the dark palette (lib/theme/dark-palette.css) recolours the edges too.
const STROKE = { root: "var(--color-indigo-600)", reached: "var(--color-amber-600)", dim: "var(--color-slate-400)" } as const;

/**
 * An interface, provider → consumer: solid when synchronous, dashed when asynchronous, badged
 * with the broker it passes through. The tooltip (an SVG <title>: name, style, endpoint, broker)
 * costs nothing until hovered;
 * the text label is drawn only on small maps, or when the edge is selected or highlighted.
 */
/** Name, style, endpoint and broker: built only for edges drawn up close. */
function tooltipOf({ item, viaName }: NonNullable<InterfaceFlowEdge["data"]>, m: Messages) {
  return [item.name, `${m.enums.InterfaceStyle[item.style]} · ${m.enums.InterfaceMode[item.mode]}`, item.endpoint,
    viaName ? fmt(m.topology.edge.via, { name: viaName }) : null].filter(Boolean).join("\n");
}

function InterfaceEdgeView(props: EdgeProps<InterfaceFlowEdge>) {
  const { m } = useI18n();
  const { id, data, selected, markerEnd, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const detail = useDetail();
  const level = useLevelOf("interfaces", id);
  const health = useHealthOf("interfaces", id);
  const tint = health ? HEALTH_COLORS[health.state ?? "UNKNOWN"] : level ? LEVEL_COLORS[level] : undefined;
  const far = detail === "boxes";
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  if (!data) return null;
  const { item, viaName, emphasis } = data;
  const async = item.mode === "ASYNC";
  // Selection and impact highlighting speak louder than the level colouring.
  const stroke = selected ? STROKE.root : emphasis ? STROKE[emphasis] : tint;
  // Labels of every edge only at full detail; the selected and highlighted ones while names show.
  const showLabel = !far && (selected || emphasis === "reached" || emphasis === "root" || (detail === "full" && data.showLabel));
  return (
    <g data-testid="map-interface" data-key={item.key} data-emphasis={emphasis ?? undefined} data-level={level ?? undefined}
      data-health={health ? (health.state ?? "UNKNOWN") : undefined} data-at-risk={health?.atRisk ? "true" : undefined}>
      {!far && <title>{tooltipOf(data, m)}</title>}
      {/* Zoomed out, no wide invisible hit path: half the SVG elements, and nobody aims at a 1 px edge. */}
      <BaseEdge id={id} path={path} markerEnd={markerEnd} interactionWidth={far ? 0 : 14}
        style={{
          stroke, strokeWidth: selected || emphasis === "reached" || tint ? 2.5 : 1.5,
          strokeDasharray: async ? "6 4" : undefined, opacity: emphasis === "dim" ? 0.2 : 1,
        }} />
      {showLabel && (
        <EdgeLabelRenderer>
          <div className="nodrag nopan pointer-events-none absolute rounded bg-white/90 px-1 text-[10px] text-slate-700 shadow-sm"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {item.name}
            {viaName && <span className="ml-1 rounded bg-amber-100 px-1 text-amber-800">{fmt(m.topology.edge.via, { name: viaName })}</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </g>
  );
}

export const InterfaceEdge = memo(InterfaceEdgeView);
