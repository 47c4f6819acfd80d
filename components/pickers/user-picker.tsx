"use client";
import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TUserDirectoryEntry } from "@/lib/schemas/user";
import type { TUserRef } from "@/components/catalog/types";
import { EntityPicker, type EntityPickerProps } from "./entity-picker";
import { userPickerKeys } from "./query-keys";

/**
 * Picks an active person by name or email. Deactivated people are not offered: the API refuses
 * them as owners, because that is how ownership rots.
 */
export function UserPicker(props: EntityPickerProps<TUserRef>) {
  return (
    <EntityPicker<TUserRef>
      {...props}
      queryKey={userPickerKeys.search}
      search={async (q, signal) => {
        const page = await api<TPage<TUserDirectoryEntry>>(`/users${toQuery({ q, active: "true", pageSize: 20, sort: "name" })}`, { signal });
        return page.items.map(({ id, name, email, active }) => ({ id, name, email, active }));
      }}
      toItem={(u) => ({ id: u.id, label: u.name, detail: u.email })}
    />
  );
}
