"use client";
import { memo } from "react";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import type { MoreFlowNode } from "@/lib/topology/to-flow";

/** "+N more": neighbours cut by the breadth cap, shown as a count so no edge vanishes unmarked. */
function MoreNodeView({ data }: NodeProps<MoreFlowNode>) {
  const { m, locale } = useI18n();
  const { more } = data;
  return (
    <div data-testid="map-more" title={m.topology.more.hint}
      className="flex h-full w-full flex-col items-center justify-center rounded-full border border-slate-400 bg-slate-100 px-3 text-center">
      <Handle type="target" position={Position.Left} isConnectable={false} className="!bg-slate-400" />
      <span className="text-sm font-semibold text-slate-800">{countLabel(locale, more.systems, m.topology.more.label)}</span>
      <span className="text-[10px] text-slate-500">{countLabel(locale, more.interfaces, m.topology.more.interfaces)}</span>
      <Handle type="source" position={Position.Right} isConnectable={false} className="!bg-slate-400" />
    </div>
  );
}

export const MoreNode = memo(MoreNodeView);
