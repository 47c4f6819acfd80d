"use client";
import { memo } from "react";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import type { SystemFlowNode } from "@/lib/topology/to-flow";
import { cn } from "@/components/ui/cn";
import { COMPACT_NAME_PX } from "@/lib/topology/level-of-detail";
import { LEVEL_COLORS } from "@/components/compliance/compliance-marks";
import { KindIcon, LAYER_COLORS } from "./kind-icon";
import { useDetail } from "../use-far";
import { useLevelOf } from "../level-colours";
import { useHealthOf } from "../health-overlay";
import { useAlertsOf } from "../alert-marks";
import { AlertBadges } from "./alert-badges";
import { AT_RISK_COLOR, HEALTH_COLORS } from "@/components/health/health-marks";

const TIER_CLASSES = [
  "bg-red-100 text-red-800", "bg-amber-100 text-amber-800", "bg-indigo-100 text-indigo-800", "bg-slate-100 text-slate-700",
];
const EMPHASIS = {
  root: "ring-4 ring-indigo-500",
  reached: "ring-2 ring-amber-500",
  dim: "opacity-25",
} as const;

/**
 * A system on the map: kind icon coloured by layer, name, tier, kind and layer. Interfaces leave
 * on the right (provider) and arrive on the left (consumer), so the map reads left to right.
 */
function SystemNodeView({ data, selected, isConnectable }: NodeProps<SystemFlowNode>) {
  const { m, locale } = useI18n();
  const { system, emphasis, teamName, distance } = data;
  const hidden = system.hidden ? system.hidden.upstream + system.hidden.downstream : 0;
  const detail = useDetail();
  // Coloured by level (?colour=level): the level's colour takes the layer's place on the box's
  // edge, and the full node also names the level, so the map reads without colour vision too.
  const level = useLevelOf("systems", system.id);
  // Coloured by health (?colour=health): the state's colour likewise, the state named in the full
  // node, and an at-risk system ringed and marked ⚠ (shape as well as colour).
  const health = useHealthOf("systems", system.id);
  const healthColor = health ? HEALTH_COLORS[health.state ?? "UNKNOWN"] : null;
  const stripe = healthColor ?? (level ? LEVEL_COLORS[level] : (LAYER_COLORS[system.layer] ?? "#64748b"));
  const levelStyle = healthColor
    ? { borderColor: healthColor, borderWidth: 3, ...(health?.atRisk ? { boxShadow: `0 0 0 3px ${AT_RISK_COLOR}` } : {}) }
    : level ? { borderColor: LEVEL_COLORS[level], borderWidth: 3 } : undefined;
  // Open alerts and maintenance show whatever the map is coloured by (alert-marks.tsx).
  const alerts = useAlertsOf(system.id);
  const marks = {
    "data-level": level ?? undefined, "data-health": health ? (health.state ?? "UNKNOWN") : undefined, "data-at-risk": health?.atRisk ? "true" : undefined,
    "data-alerts": alerts?.alerts || undefined, "data-maintenance": alerts?.maintenance ? "true" : undefined,
  };
  if (detail === "boxes") {
    // Zoomed out: a box in the layer's colour, no text or shadow (1,000 of them pan smoothly).
    return (
      <div data-testid="map-system" data-key={system.key} data-emphasis={emphasis ?? undefined} {...marks} title={system.name}
        className={cn("h-full w-full rounded-lg border-2 bg-white", selected ? "border-indigo-500" : "border-slate-300", emphasis && EMPHASIS[emphasis])}
        style={{ borderLeft: `24px solid ${stripe}`, ...(health?.atRisk ? { boxShadow: `0 0 0 4px ${AT_RISK_COLOR}` } : {}) }}>
        <Handle type="target" position={Position.Left} isConnectable={isConnectable} className="!h-3 !w-3 !bg-slate-400" />
        <Handle type="source" position={Position.Right} isConnectable={isConnectable} className="!h-3 !w-3 !bg-indigo-500" />
      </div>
    );
  }
  if (detail === "compact") {
    // Zoomed out on a smaller map: the name alone, large enough to read (level-of-detail.ts).
    return (
      <div data-testid="map-system" data-key={system.key} data-emphasis={emphasis ?? undefined} {...marks} title={system.name}
        className={cn("flex h-full w-full items-center rounded-lg border-2 bg-white px-2",
          selected ? "border-indigo-500" : "border-slate-300", emphasis && EMPHASIS[emphasis], system.lifecycle === "RETIRED" && "border-dashed")}
        style={{ borderLeft: `12px solid ${stripe}`, ...(health?.atRisk ? { boxShadow: `0 0 0 3px ${AT_RISK_COLOR}` } : {}) }}>
        <Handle type="target" position={Position.Left} isConnectable={isConnectable} className="!h-3 !w-3 !bg-slate-400" />
        <span data-testid="map-system-name" className="line-clamp-2 font-semibold leading-tight text-slate-900"
          style={{ fontSize: COMPACT_NAME_PX }}>{system.name}</span>
        <Handle type="source" position={Position.Right} isConnectable={isConnectable} className="!h-3 !w-3 !bg-indigo-500" />
      </div>
    );
  }
  return (
    <div data-testid="map-system" data-key={system.key} data-emphasis={emphasis ?? undefined} {...marks} style={selected ? undefined : levelStyle}
      className={cn(
        "flex h-full w-full items-center gap-2 rounded-lg border bg-white px-2 text-left shadow-sm",
        selected ? "border-indigo-500 ring-2 ring-indigo-400" : "border-slate-300",
        emphasis && EMPHASIS[emphasis],
        system.lifecycle === "RETIRED" && "border-dashed",
      )}>
      <Handle type="target" position={Position.Left} isConnectable={isConnectable} className="!h-3 !w-3 !bg-slate-400" />
      <KindIcon kind={system.kind} layer={system.layer} title={m.enums.SystemKind[system.kind]} />
      <div className="min-w-0 flex-1">
        <div className="flex items-center gap-1">
          <span data-testid="map-system-name" className="truncate text-sm font-semibold text-slate-900" title={system.name}>{system.name}</span>
          {level && (
            <span className="ml-auto shrink-0 rounded px-1 text-[10px] font-semibold text-slate-900" style={{ background: LEVEL_COLORS[level] }}>
              {m.enums.ComplianceLevel[level]}
            </span>
          )}
          {alerts && <AlertBadges mark={alerts} systemId={system.id} />}
          <span className={cn("shrink-0 rounded px-1 text-[10px] font-bold", !level && !alerts && "ml-auto", TIER_CLASSES[system.tier] ?? TIER_CLASSES[3])}
            title={m.enums.Tier[system.tier as 0 | 1 | 2 | 3]}>
            T{system.tier}
          </span>
        </div>
        <div className="truncate text-[11px] text-slate-500">
          {/* Health on the second line, so the name keeps its room; a state nobody reported is the stripe alone. */}
          {health?.state && (
            <span className="mr-1 rounded px-1 text-[10px] font-semibold text-white" style={{ background: healthColor! }} data-testid="map-health-state">
              {m.health.states[health.state]}
            </span>
          )}
          {health?.atRisk && (
            <span className="mr-1 rounded px-1 text-[10px] font-semibold text-white" style={{ background: AT_RISK_COLOR }} data-testid="map-at-risk">
              ⚠ {m.health.map.atRisk}
            </span>
          )}
          {m.enums.SystemKind[system.kind]} · {m.enums.Layer[system.layer]}
          {teamName && <> · {teamName}</>}
        </div>
        {(distance !== undefined && distance > 0) || hidden > 0 ? (
          <div className="truncate text-[10px] text-slate-400">
            {distance !== undefined && distance > 0 && countLabel(locale, distance, m.topology.node.distance)}
            {hidden > 0 && <> {countLabel(locale, hidden, m.topology.node.hidden)}</>}
          </div>
        ) : null}
      </div>
      <Handle type="source" position={Position.Right} isConnectable={isConnectable} className="!h-3 !w-3 !bg-indigo-500" />
    </div>
  );
}

export const SystemNode = memo(SystemNodeView);
