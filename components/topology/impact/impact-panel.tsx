"use client";
import { useI18n } from "@/lib/i18n/client";
import type { TImpactDirection } from "@/lib/schemas/impact";
import type { ImpactReachMaps } from "@/lib/topology/impact/build-reach-maps";
import { SidePanel } from "@/components/topology/panel/side-panel";
import type { ImpactTarget } from "@/lib/queries/impact";
import { useImpactReach } from "./use-impact-reach";
import { useImpactPages } from "./use-impact-pages";
import { ImpactDirectionToggle } from "./impact-direction-toggle";
import { ImpactReachError } from "./impact-reach-error";
import { ImpactBody } from "./impact-body";

export type { ImpactTarget } from "@/lib/queries/impact";
export type { ImpactReachMaps } from "@/lib/topology/impact/build-reach-maps";

export type ImpactPanelProps = {
  target: ImpactTarget;
  direction: TImpactDirection;
  onDirectionChange: (direction: TImpactDirection) => void;
  onClose: () => void;
  /** Called with every affected system and interface (id → distance) each time the reach loads. */
  onReach: (reach: ImpactReachMaps) => void;
};

/**
 * "What breaks if this fails" (or what it depends on) for one system or interface, beside the
 * map: who to call, and every affected system by distance. Two requests: the compact reach, for
 * the map to highlight everything, and the detailed analysis, a page at a time, for the list.
 * Inside the map's SidePanel like the other panels (same width, scrolling, Escape and focus), so
 * the canvas does not jump when a system's panel gives way to its impact analysis.
 */
export function ImpactPanel({ target, direction, onDirectionChange, onClose, onReach }: ImpactPanelProps) {
  const { m } = useI18n();
  const reach = useImpactReach(target, direction, onReach);
  const pages = useImpactPages(target, direction);
  const root = pages.merged?.root ?? reach.data?.root;
  const failed = !root && pages.query.isError;
  return (
    <SidePanel
      title={root?.name ?? (failed ? m.impact.eyebrow : m.common.states.loading)}
      subtitle={!failed && <>{m.impact.eyebrow}{root && <> · <code>{root.key}</code></>}</>}
      onClose={onClose}
      testId="impact-panel"
    >
      <ImpactDirectionToggle value={direction} onChange={onDirectionChange} />
      {/* Only beside a list: when both fail, the list's error says it all. */}
      {reach.isError && pages.merged && <ImpactReachError onRetry={() => void reach.refetch()} />}
      {/* Keyed: another direction starts with its team list folded again. */}
      <div key={`${target.type}:${target.id}:${direction}`} aria-busy={pages.query.isPending || pages.query.isFetchingNextPage}>
        <ImpactBody targetType={target.type} direction={direction} pages={pages} />
      </div>
    </SidePanel>
  );
}
