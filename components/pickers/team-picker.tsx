"use client";
import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TTeam } from "@/lib/schemas/team";
import { teamKeys } from "@/components/teams/query-keys";
import type { TRef } from "@/components/catalog/types";
import { EntityPicker, type EntityPickerProps } from "./entity-picker";

export function TeamPicker(props: EntityPickerProps<TRef>) {
  return (
    <EntityPicker<TRef>
      {...props}
      queryKey={teamKeys.picker}
      search={async (q, signal) => {
        const page = await api<TPage<TTeam>>(`/teams${toQuery({ q, pageSize: 20, sort: "name" })}`, { signal });
        return page.items.map(({ id, key, name }) => ({ id, key, name }));
      }}
      toItem={(t) => ({ id: t.id, label: t.name, detail: t.key })}
    />
  );
}
