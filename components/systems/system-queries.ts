import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TSystem } from "@/lib/schemas/system";
import type { TLifecycle } from "./shared/enum-options";
import type { TRef } from "./shared/types";
import { systemKeys, type SystemListParams } from "./query-keys";

/** An interface as a system's detail lists it. */
export type TInterfaceSummary = {
  id: string; key: string; name: string; style: string; mode: string; tier: number; lifecycle: TLifecycle;
};

/**
 * GET /systems/{id} returns the system plus its interfaces (the ZSystem response schema does not
 * declare these yet): provided = outbound, consumed = inbound, brokered = passing through it.
 */
export type TSystemDetail = TSystem & {
  providedInterfaces: (TInterfaceSummary & { consumer: TRef })[];
  consumedInterfaces: (TInterfaceSummary & { provider: TRef })[];
  brokeredInterfaces: (TInterfaceSummary & { provider: TRef; consumer: TRef })[];
};

export const systemDetailQuery = (idOrKey: string) => ({
  queryKey: systemKeys.detail(idOrKey),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<TSystemDetail>(`/systems/${encodeURIComponent(idOrKey)}`, { signal }),
});

export const systemListQuery = (params: SystemListParams) => ({
  queryKey: systemKeys.list(params),
  queryFn: ({ signal }: { signal?: AbortSignal }) => api<TPage<TSystem>>(`/systems${toQuery(params)}`, { signal }),
});
