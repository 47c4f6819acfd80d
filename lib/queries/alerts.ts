// The alerts inbox, incidents and their pages. Alerts arrive on their own, so open views refetch
// every 15 s while shown; actions invalidate through invalidateAlerts (invalidate.ts).
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TAlertList, TAlertMap, TAlertReports, TIncidentDetail, TIncidentList } from "@/lib/schemas/alert-views";
import type { TMaintenance, TMappingRule, TMatcher, TRejectionList, TSilence, TUnmappedList } from "@/lib/schemas/alerts-admin";

export const alertKeys = {
  all: ["alerts"] as const,
  list: (params: Record<string, string | number>) => [...alertKeys.all, "list", params] as const,
  incidents: (params: Record<string, string | number>) => [...alertKeys.all, "incidents", params] as const,
  incident: (id: string) => [...alertKeys.all, "incident", id] as const,
  reports: () => [...alertKeys.all, "reports"] as const,
  map: () => [...alertKeys.all, "map"] as const,
  silences: (state: string) => [...alertKeys.all, "silences", state] as const,
  silencePreview: (matchers: unknown) => [...alertKeys.all, "silence-preview", matchers] as const,
  maintenance: () => [...alertKeys.all, "maintenance"] as const,
  mappingRules: () => [...alertKeys.all, "mapping-rules"] as const,
  unmapped: () => [...alertKeys.all, "unmapped"] as const,
  rejections: () => [...alertKeys.all, "rejections"] as const,
};

const REFRESH_MS = 15_000;

export const alertListQuery = (params: Record<string, string | number>) =>
  queryOptions({
    queryKey: alertKeys.list(params),
    queryFn: ({ signal }) => api<TAlertList>(`/alerts${toQuery(params)}`, { signal }),
    refetchInterval: REFRESH_MS,
  });

export const incidentListQuery = (params: Record<string, string | number>) =>
  queryOptions({
    queryKey: alertKeys.incidents(params),
    queryFn: ({ signal }) => api<TIncidentList>(`/incidents${toQuery(params)}`, { signal }),
    refetchInterval: REFRESH_MS,
  });

export const incidentQuery = (id: string) =>
  queryOptions({
    queryKey: alertKeys.incident(id),
    queryFn: ({ signal }) => api<TIncidentDetail>(`/incidents/${encodeURIComponent(id)}`, { signal }),
    refetchInterval: REFRESH_MS,
  });

export const alertReportsQuery = () =>
  queryOptions({
    queryKey: alertKeys.reports(),
    queryFn: ({ signal }) => api<TAlertReports>("/alerts/reports", { signal }),
  });

/** The map's alert badges: polled while a map is shown (one small read, ids and counts only). */
export const alertMapQuery = () =>
  queryOptions({
    queryKey: alertKeys.map(),
    queryFn: ({ signal }) => api<TAlertMap>("/alerts/map", { signal }),
    refetchInterval: 30_000,
  });

// The admin pages' reads (silences, maintenance, mapping): they change only by people's edits,
// except the unmapped list, which grows as alerts arrive.
export const silenceListQuery = (state: "active" | "expired") =>
  queryOptions({
    queryKey: alertKeys.silences(state),
    queryFn: ({ signal }) => api<{ items: TSilence[] }>(`/alerts/silences${toQuery({ state })}`, { signal }),
  });

/** How many open alerts the matchers would silence now (POST: the matchers are the question). */
export const silencePreviewQuery = (matchers: TMatcher[]) =>
  queryOptions({
    queryKey: alertKeys.silencePreview(matchers),
    queryFn: ({ signal }) => api<{ matching: number }>("/alerts/silences/preview", { method: "POST", body: { matchers }, signal }),
    retry: false,
  });

export const maintenanceListQuery = () =>
  queryOptions({
    queryKey: alertKeys.maintenance(),
    queryFn: ({ signal }) => api<{ items: TMaintenance[] }>("/alerts/maintenance", { signal }),
  });

export const mappingRulesQuery = () =>
  queryOptions({
    queryKey: alertKeys.mappingRules(),
    queryFn: ({ signal }) => api<{ items: TMappingRule[] }>("/alerts/mapping-rules", { signal }),
  });

export const unmappedQuery = () =>
  queryOptions({
    queryKey: alertKeys.unmapped(),
    queryFn: ({ signal }) => api<TUnmappedList>(`/alerts/unmapped${toQuery({ pageSize: 200 })}`, { signal }),
    refetchInterval: REFRESH_MS,
  });

export const rejectionsQuery = () =>
  queryOptions({
    queryKey: alertKeys.rejections(),
    queryFn: ({ signal }) => api<TRejectionList>(`/alerts/rejections${toQuery({ pageSize: 50 })}`, { signal }),
  });
