"use client";
import { userPickerQuery } from "@/lib/queries/people";
import type { TUserRef } from "@/components/catalog/types";
import { EntityPicker, type EntityPickerProps } from "./entity-picker";

/** Picks an active person by name or email (deactivated people are not offered: see userPickerQuery). */
export function UserPicker(props: EntityPickerProps<TUserRef>) {
  return <EntityPicker {...props} query={userPickerQuery} toItem={(u) => ({ id: u.id, label: u.name, detail: u.email })} />;
}
