"use client";
import { teamPickerQuery } from "@/lib/queries/teams";
import type { TRef } from "@/components/catalog/types";
import { EntityPicker, type EntityPickerProps } from "./entity-picker";

export function TeamPicker(props: EntityPickerProps<TRef>) {
  return <EntityPicker {...props} query={teamPickerQuery} toItem={(t) => ({ id: t.id, label: t.name, detail: t.key })} />;
}
