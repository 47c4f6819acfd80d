// Systems: keys and queries. Everything lives under `systemKeys.all`, so a write invalidates the
// lists, details and picker searches in one call.
import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { api, toQuery } from "@/lib/api-client";
import type { TPage, ZRef } from "@/lib/schemas/common";
import type { TSystem } from "@/lib/schemas/system";
import { recordQueries } from "./record-queries";

type TRef = z.infer<typeof ZRef>;

const systems = recordQueries<TSystem, "systems">("systems");

export const systemKeys = {
  ...systems.keys,
  picker: (q: string, kinds: readonly string[] = []) => [...systems.keys.all, "picker", { q, kinds }] as const,
};
export const systemDetailQuery = systems.detail;
export const systemListQuery = systems.list;

/** The picker's search by key or name; `kinds` narrows it (e.g. brokers and gateways). */
export const systemPickerQuery = (q: string, kinds: readonly string[] = []) =>
  queryOptions({
    queryKey: systemKeys.picker(q, kinds),
    queryFn: async ({ signal }): Promise<TRef[]> => {
      const page = await api<TPage<TSystem>>(`/systems${toQuery({ q, kind: kinds.join(","), pageSize: 20, sort: "name" })}`, { signal });
      return page.items.map(({ id, key, name }) => ({ id, key, name }));
    },
  });
