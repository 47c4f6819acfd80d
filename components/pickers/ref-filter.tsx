"use client";
import { useId, type ComponentType } from "react";
import { useQuery, type QueryKey, type UseQueryOptions } from "@tanstack/react-query";
import type { ListState } from "@/components/catalog/list-page";
import type { TRef } from "@/components/catalog/types";
import type { EntityPickerProps } from "./entity-picker";

type Props<T extends TRef, K extends QueryKey> = {
  list: ListState;
  /** The URL parameter holding the chosen record's id, e.g. teamId. */
  param: string;
  label: string;
  Picker: ComponentType<EntityPickerProps<TRef>>;
  /** Loads the record named in the URL, so a shared link shows its name. */
  detail: (id: string) => UseQueryOptions<T, Error, T, K>;
};

/** A list filter on a related record (team, system), with a searchable picker, held in the URL. */
export function RefFilter<T extends TRef, K extends QueryKey>({ list, param, label, Picker, detail }: Props<T, K>) {
  const id = useId();
  const selectedId = list.params[param] ?? "";
  const loaded = useQuery({ ...detail(selectedId), enabled: !!selectedId, staleTime: 60_000 });
  const value = selectedId && loaded.data ? { id: loaded.data.id, key: loaded.data.key, name: loaded.data.name } : null;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">{label}</label>
      <Picker id={id} label={label} value={value}
        onChange={(v) => list.set({ [param]: v?.id })} />
    </div>
  );
}
