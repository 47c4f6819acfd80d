"use client";
import { useI18n } from "@/lib/i18n/client";
import type { TInterface } from "@/lib/schemas/interface";
import type { TRef } from "@/components/catalog/types";
import { InterfaceForm } from "@/components/interfaces/interface-form";
import { SidePanel } from "./side-panel";

type Props = { provider: TRef; consumer: TRef; onCreated: (item: TInterface) => void; onClose: () => void };

/** After dragging from one system to another: a new interface, provider and consumer filled in. */
export function NewInterfacePanel({ provider, consumer, onCreated, onClose }: Props) {
  const { m } = useI18n();
  return (
    <SidePanel title={m.topology.panel.newInterface} subtitle={`${provider.name} → ${consumer.name}`} onClose={onClose} testId="new-interface-panel">
      <InterfaceForm key={`${provider.id}>${consumer.id}`} prefill={{ provider, consumer }} onSaved={onCreated} onCancel={onClose} />
    </SidePanel>
  );
}
