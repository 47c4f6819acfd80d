"use client";
import { useCallback, useState } from "react";
import type { Reach } from "@/lib/topology/emphasis";
import type { Selection } from "./map-canvas";
import type { PanelState } from "./map-panel";

/**
 * The side panel and what it is about: the selected system or interface, or the impact analysis
 * whose highlight (`reach`) goes when its panel does.
 */
export function useMapSelection() {
  const [panel, setPanel] = useState<PanelState>(null);
  const [impactReach, setReach] = useState<Reach | null>(null);
  const reach = panel?.type === "impact" ? impactReach : null;

  // Only opens or switches panels from the canvas; a click on the empty canvas closes a record's.
  const onSelect = useCallback((sel: Selection) => {
    setPanel((p) => {
      if (!sel) return p && (p.type === "system" || p.type === "interface") ? null : p;
      if (p && p.type === sel.kind && p.id === sel.id) return p;
      return { type: sel.kind, id: sel.id };
    });
  }, []);

  const closePanel = useCallback(() => setPanel(null), []);
  const selected = panel && (panel.type === "system" || panel.type === "interface") ? panel : null;
  return { panel, setPanel, closePanel, selected, reach, setReach, onSelect };
}
