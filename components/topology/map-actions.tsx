"use client";
import { useI18n } from "@/lib/i18n/client";
import type { TSavedView, TSavedViewSummary, TViewDefinition } from "@/lib/schemas/view";
import type { TopologyViewState } from "@/lib/topology/view-state";
import { Button } from "@/components/ui/button";
import { ExportMenu } from "./toolbar/export-menu";
import { ViewsMenu } from "./toolbar/views-menu";
import type { SavedPosition } from "./save-positions";
import type { Undo } from "./use-undo";

type Props = {
  canWrite: boolean;
  state: TopologyViewState;
  savedView: TSavedView | undefined;
  undo: Undo;
  definition: TViewDefinition;
  positions: () => SavedPosition[];
  title: string;
  onRelayout: () => void;
  onNewSystem: () => void;
  onHelp: () => void;
  onOpenView: (view: TSavedViewSummary | TSavedView) => void;
  onCloseView: () => void;
};

/** The toolbar's right side: saved views, re-layout, undo, new system, export, shortcuts. */
export function MapActions(p: Props) {
  const { m } = useI18n();
  const t = m.topology.toolbar;
  return (
    <>
      <ViewsMenu current={p.state.view ? p.savedView : undefined} canWrite={p.canWrite} definition={p.definition}
        positions={p.positions} onOpen={p.onOpenView} onClosed={p.onCloseView} />
      <Button variant="secondary" onClick={p.onRelayout} title={`${t.relayoutHint} (L)`} data-testid="map-relayout">{t.relayout}</Button>
      {p.canWrite && (
        <Button variant="secondary" onClick={() => void p.undo.undoLast()} disabled={!p.undo.last || p.undo.busy}
          title={p.undo.last ? `${p.undo.last.label} (Ctrl+Z)` : t.nothingToUndo} data-testid="map-undo">
          {t.undo}
        </Button>
      )}
      {p.canWrite && <Button onClick={p.onNewSystem} title={`${t.newSystem} (N)`} data-testid="map-new-system">{t.newSystem}</Button>}
      <ExportMenu title={p.title} />
      <Button variant="ghost" onClick={p.onHelp} aria-label={t.shortcuts} title={`${t.shortcuts} (?)`}>?</Button>
    </>
  );
}
