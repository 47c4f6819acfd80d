"use client";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TSystem } from "@/lib/schemas/system";
import { useI18n } from "@/lib/i18n/client";
import { FormShell } from "@/components/catalog/form-shell";
import { invalidateCatalog } from "@/lib/queries/invalidate";
import { useEntityForm } from "@/components/catalog/use-entity-form";
import { SystemFormFields } from "./system-form-fields";
import { systemRequest, toSystemDraft, type SystemDraft } from "./system-form-values";

type Props = {
  /** The system as read, when editing; absent when creating. */
  system?: TSystem;
  /** Reloads the record after a stale-version conflict. */
  onReload?: () => void;
  /** Instead of opening the record's page (the map keeps the user on the canvas). */
  onSaved?: (saved: TSystem) => void;
  onCancel?: () => void;
};

/** Create or edit a system; after saving, its page. */
export function SystemForm({ system, onReload, onSaved, onCancel }: Props) {
  const i18n = useI18n();
  const router = useRouter();
  const qc = useQueryClient();
  const form = useEntityForm<SystemDraft, TSystem>({
    initial: toSystemDraft(system),
    validate: (draft) => systemRequest(draft, i18n, system),
    send: (body) => system
      ? api<TSystem>(`/systems/${system.id}`, { method: "PATCH", body })
      : api<TSystem>("/systems", { method: "POST", body }),
    onSaved: (saved) => {
      invalidateCatalog(qc);
      if (onSaved) onSaved(saved);
      else router.push(`/systems/${saved.id}`);
    },
    onUnchanged: () => onCancel ? onCancel() : router.push(`/systems/${system?.id ?? ""}`),
  });
  return (
    <FormShell form={form} cancelHref={system ? `/systems/${system.id}` : "/systems"} onReload={onReload} onCancel={onCancel}>
      <SystemFormFields form={form} />
    </FormShell>
  );
}
