"use client";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TInterface } from "@/lib/schemas/interface";
import { useI18n } from "@/lib/i18n/client";
import { FormShell } from "@/components/catalog/form-shell";
import { invalidateCatalog } from "@/lib/queries/invalidate";
import { useEntityForm } from "@/components/catalog/use-entity-form";
import type { TRef } from "@/components/catalog/types";
import { InterfaceFormFields } from "./interface-form-fields";
import { interfaceRequest, toInterfaceDraft, type InterfaceDraft } from "./interface-form-values";

type Props = {
  /** The interface as read, when editing. */
  item?: TInterface;
  /** Ends to start a new interface with (from a system's page). */
  prefill?: { provider?: TRef; consumer?: TRef };
  onReload?: () => void;
  /** Instead of opening the record's page (the map keeps the user on the canvas). */
  onSaved?: (saved: TInterface) => void;
  onCancel?: () => void;
};

/** Create or edit an interface; after saving, its page. */
export function InterfaceForm({ item, prefill, onReload, onSaved, onCancel }: Props) {
  const i18n = useI18n();
  const router = useRouter();
  const qc = useQueryClient();
  const form = useEntityForm<InterfaceDraft, TInterface>({
    initial: toInterfaceDraft(item, prefill),
    validate: (draft) => interfaceRequest(draft, i18n, item),
    send: (body) => item
      ? api<TInterface>(`/interfaces/${item.id}`, { method: "PATCH", body })
      : api<TInterface>("/interfaces", { method: "POST", body }),
    onSaved: (saved) => {
      invalidateCatalog(qc);
      if (onSaved) onSaved(saved);
      else router.push(`/interfaces/${saved.id}`);
    },
    onUnchanged: () => onCancel ? onCancel() : router.push(`/interfaces/${item?.id ?? ""}`),
  });
  return (
    <FormShell form={form} cancelHref={item ? `/interfaces/${item.id}` : "/interfaces"} onReload={onReload} onCancel={onCancel}>
      <InterfaceFormFields form={form} />
    </FormShell>
  );
}
