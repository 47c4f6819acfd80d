"use client";
import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TSystem } from "@/lib/schemas/system";
import { systemKeys } from "@/components/systems/query-keys";
import type { TRef } from "@/components/catalog/types";
import { EntityPicker, type EntityPickerProps } from "./entity-picker";

/** Picks a system by key or name; `kinds` narrows the search (e.g. brokers and gateways). */
export function SystemPicker({ kinds = [], ...props }: EntityPickerProps<TRef> & { kinds?: readonly string[] }) {
  return (
    <EntityPicker<TRef>
      {...props}
      queryKey={(q) => systemKeys.picker(q, kinds)}
      search={async (q, signal) => {
        const page = await api<TPage<TSystem>>(`/systems${toQuery({ q, kind: kinds.join(","), pageSize: 20, sort: "name" })}`, { signal });
        return page.items.map(({ id, key, name }) => ({ id, key, name }));
      }}
      toItem={(s) => ({ id: s.id, label: s.name, detail: s.key })}
    />
  );
}
