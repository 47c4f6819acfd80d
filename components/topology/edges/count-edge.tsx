"use client";
import { memo } from "react";
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from "@xyflow/react";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import type { AggregateFlowEdge, MoreFlowEdge } from "@/lib/topology/to-flow";

/**
 * The interfaces between two groups, or to a "+N more" node, as one edge with their count: how
 * the collapsed map keeps every interface accounted for. Thicker for more interfaces.
 */
function CountEdgeView(props: EdgeProps<AggregateFlowEdge | MoreFlowEdge>) {
  const { m, locale } = useI18n();
  const { id, data, markerEnd, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const count = data?.interfaces ?? 0;
  const styles = data && "styles" in data
    ? Object.entries(data.styles).map(([s, n]) => `${m.enums.InterfaceStyle[s as keyof typeof m.enums.InterfaceStyle] ?? s}: ${n}`).join("\n")
    : "";
  const label = countLabel(locale, count, m.topology.edge.count);
  return (
    <g data-testid="map-count-edge" data-count={count}>
      <title>{[label, styles].filter(Boolean).join("\n")}</title>
      <BaseEdge id={id} path={path} markerEnd={markerEnd}
        style={{ strokeWidth: Math.min(8, 1 + Math.log2(1 + count)), strokeDasharray: props.type === "more" ? "4 4" : undefined }} />
      <EdgeLabelRenderer>
        <div className="nodrag nopan pointer-events-none absolute rounded-full border border-slate-300 bg-white px-1.5 text-[10px] font-semibold text-slate-700"
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
          {count}
        </div>
      </EdgeLabelRenderer>
    </g>
  );
}

export const CountEdge = memo(CountEdgeView);
