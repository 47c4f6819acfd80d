// The alerts inbox, incidents and their pages. Alerts arrive on their own, so open views refetch
// every 15 s while shown; actions invalidate through invalidateAlerts (invalidate.ts).
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TAlertList, TAlertMap, TAlertReports, TIncidentDetail, TIncidentList } from "@/lib/schemas/alert-views";

export const alertKeys = {
  all: ["alerts"] as const,
  list: (params: Record<string, string | number>) => [...alertKeys.all, "list", params] as const,
  incidents: (params: Record<string, string | number>) => [...alertKeys.all, "incidents", params] as const,
  incident: (id: string) => [...alertKeys.all, "incident", id] as const,
  reports: () => [...alertKeys.all, "reports"] as const,
  map: () => [...alertKeys.all, "map"] as const,
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
