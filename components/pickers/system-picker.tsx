"use client";
import { systemPickerQuery } from "@/lib/queries/systems";
import type { TRef } from "@/components/catalog/types";
import { EntityPicker, type EntityPickerProps } from "./entity-picker";

/** Picks a system by key or name; `kinds` narrows the search (e.g. brokers and gateways). */
export function SystemPicker({ kinds = [], ...props }: EntityPickerProps<TRef> & { kinds?: readonly string[] }) {
  return <EntityPicker {...props} query={(q) => systemPickerQuery(q, kinds)} toItem={(s) => ({ id: s.id, label: s.name, detail: s.key })} />;
}
