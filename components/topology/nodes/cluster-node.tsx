"use client";
import { memo } from "react";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import type { ClusterFlowNode } from "@/lib/topology/to-flow";
import { cn } from "@/components/ui/cn";
import { useClusterLabel } from "./use-cluster-label";

/** A group of systems (by team, layer or kind) in the collapsed overview; a click expands it. */
function ClusterNodeView({ data, selected }: NodeProps<ClusterFlowNode>) {
  const { m, locale } = useI18n();
  const { group } = data;
  const label = useClusterLabel(group);
  return (
    <div data-testid="map-group" data-group={group.id}
      className={cn("flex h-full w-full flex-col justify-center rounded-xl border-2 border-dashed bg-slate-50 px-3",
        selected ? "border-indigo-500" : "border-slate-400")}>
      <Handle type="target" position={Position.Left} isConnectable={false} className="!bg-slate-400" />
      <span className="text-[10px] font-semibold uppercase tracking-wide text-slate-500">{m.topology.groupBy[group.groupBy]}</span>
      <span className="truncate text-sm font-semibold text-slate-900" title={label}>{label}</span>
      <span className="text-xs text-slate-600">
        {countLabel(locale, group.systems, m.topology.group.systems)} · {countLabel(locale, group.internalInterfaces, m.topology.group.internal)}
      </span>
      {group.omitted.outgoing + group.omitted.incoming > 0 && (
        <span data-testid="group-omitted" className="text-[10px] text-amber-800" title={m.topology.group.omittedHint}>
          {countLabel(locale, group.omitted.outgoing + group.omitted.incoming, m.topology.group.omitted)}
        </span>
      )}
      <span className="text-[10px] text-indigo-700">{m.topology.group.expandHint}</span>
      <Handle type="source" position={Position.Right} isConnectable={false} className="!bg-slate-400" />
    </div>
  );
}

export const ClusterNode = memo(ClusterNodeView);
