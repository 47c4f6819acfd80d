"use client";
import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { countLabel } from "@/lib/i18n/format";
import { useI18n } from "@/lib/i18n/client";
import type { LaneFlowNode } from "@/lib/topology/to-flow";

/** A swimlane behind the systems of one layer or team (drawn under them, not interactive). */
function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  const { m, locale } = useI18n();
  return (
    <div data-testid="map-lane" className="pointer-events-none h-full w-full rounded-xl border border-slate-200 bg-slate-100/60">
      <div className="px-3 py-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
        {data.label} <span className="font-normal normal-case">· {countLabel(locale, data.count, m.topology.group.systems)}</span>
      </div>
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
