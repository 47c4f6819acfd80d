"use client";
import { useI18n } from "@/lib/i18n/client";
import type { TSystem } from "@/lib/schemas/system";
import { SystemForm } from "@/components/systems/system-form";
import { SidePanel } from "./side-panel";

/** "New system" from the canvas: the usual form; the map places the result where the user was looking. */
export function NewSystemPanel({ onCreated, onClose }: { onCreated: (system: TSystem) => void; onClose: () => void }) {
  const { m } = useI18n();
  return (
    <SidePanel title={m.topology.panel.newSystem} onClose={onClose} testId="new-system-panel">
      <SystemForm onSaved={onCreated} onCancel={onClose} />
    </SidePanel>
  );
}
