"use client";
import { useReactFlow } from "@xyflow/react";
import { useI18n } from "@/lib/i18n/client";
import { findFreeSpot } from "@/lib/topology/free-spot";
import { NODE_SIZE } from "@/lib/topology/to-flow";
import type { Reach } from "@/lib/topology/emphasis";
import type { TRef } from "@/components/catalog/types";
import { errorMessage } from "@/components/catalog/error-message";
import { ImpactPanel } from "./impact/impact-panel";
import { HelpPanel } from "./panel/help-panel";
import { InterfacePanel } from "./panel/interface-panel";
import { NewInterfacePanel } from "./panel/new-interface-panel";
import { NewSystemPanel } from "./panel/new-system-panel";
import { SystemPanel } from "./panel/system-panel";
import { savePositions } from "./save-positions";
import type { MapEdits } from "./use-map-edits";

type Mode = "view" | "edit" | "delete";
type Direction = "downstream" | "upstream";
export type PanelState =
  | { type: "system"; id: string; mode?: Mode }
  | { type: "interface"; id: string; mode?: Mode }
  | { type: "new-system" }
  | { type: "new-interface"; provider: TRef; consumer: TRef }
  | { type: "impact"; target: { type: "system" | "interface"; id: string }; direction: Direction }
  | { type: "help" }
  | null;

type Props = {
  panel: NonNullable<PanelState>;
  canWrite: boolean;
  edits: MapEdits;
  /** A system was created here: the page checks that the view shows it. */
  onCreated: (system: { id: string; name: string }) => void;
  onClose: () => void;
  onPanel: (panel: PanelState) => void;
  onReach: (reach: Reach | null) => void;
  onFocus: (systemId: string) => void;
  onNotice: (text: string) => void;
};

/** Which side panel is open, and what its results do to the map. */
export function MapPanel({ panel, canWrite, edits, onCreated, onClose, onPanel, onReach, onFocus, onNotice }: Props) {
  const { m } = useI18n();
  const flow = useReactFlow();
  const impact = (type: "system" | "interface", id: string) => (direction: Direction) =>
    onPanel({ type: "impact", target: { type, id }, direction });

  switch (panel.type) {
    case "system":
      return <SystemPanel key={`${panel.id}:${panel.mode}`} id={panel.id} initialMode={panel.mode} canWrite={canWrite} edits={edits}
        onClose={onClose} onImpact={impact("system", panel.id)} onFocus={() => onFocus(panel.id)} />;
    case "interface":
      return <InterfacePanel key={`${panel.id}:${panel.mode}`} id={panel.id} initialMode={panel.mode} canWrite={canWrite} edits={edits}
        onClose={onClose} onImpact={impact("interface", panel.id)} />;
    case "impact":
      return <ImpactPanel key={`${panel.target.id}`} target={panel.target} direction={panel.direction}
        onDirectionChange={(direction) => onPanel({ ...panel, direction })} onClose={onClose} onReach={onReach} />;
    case "help":
      return <HelpPanel onClose={onClose} />;
    case "new-interface":
      return <NewInterfacePanel provider={panel.provider} consumer={panel.consumer} onClose={onClose}
        onCreated={(item) => { edits.created({ kind: "interface", record: item }); onPanel({ type: "interface", id: item.id }); }} />;
    case "new-system":
      return <NewSystemPanel onClose={onClose} onCreated={(system) => {
        // Where the user was looking, beside whatever is there; then shared like any manual position.
        const pane = document.querySelector("[data-testid=map-canvas]")?.getBoundingClientRect();
        const centre = pane ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }) : { x: 0, y: 0 };
        const boxes = flow.getNodes().filter((n) => n.type !== "lane")
          .map((n) => ({ x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 }));
        const spot = findFreeSpot(boxes, centre, NODE_SIZE.system);
        // Announced after the position is saved: the refetch that follows then has it.
        savePositions([{ systemId: system.id, ...spot }])
          .catch((e) => onNotice(errorMessage(e, m)))
          .finally(() => {
            onCreated(system);
            edits.created({ kind: "system", record: system });
          });
        onPanel({ type: "system", id: system.id });
      }} />;
  }
}
