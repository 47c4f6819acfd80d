// Health reads: the overview, the at-risk set, the map's overlay, one record's health and chart.
// States change with incoming signals, not with edits here, so these poll while shown instead of
// being invalidated by mutations.
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TAtRisk, THealthMap, THealthOverview, THealthSeries, TRecordHealth } from "@/lib/schemas/health-views";

export type HealthParams = Record<string, string | number>;
type Subject = "systems" | "interfaces";

/** How often a shown health view asks again: a DOWN sample shows within this much. */
export const HEALTH_POLL_MS = 10_000;

export const healthKeys = {
  all: ["health"] as const,
  overview: (params: HealthParams) => [...healthKeys.all, "overview", params] as const,
  atRisk: (limit: number) => [...healthKeys.all, "at-risk", limit] as const,
  map: () => [...healthKeys.all, "map"] as const,
  record: (subject: Subject, id: string) => [...healthKeys.all, "record", subject, id] as const,
  series: (subject: Subject, id: string, range: string, step?: number) => [...healthKeys.all, "series", subject, id, range, step ?? null] as const,
};

export const healthOverviewQuery = (params: HealthParams) =>
  queryOptions({
    queryKey: healthKeys.overview(params),
    queryFn: ({ signal }) => api<THealthOverview>(`/api/v1/health${toQuery(params)}`, { signal }),
    refetchInterval: HEALTH_POLL_MS,
  });

export const atRiskQuery = (limit = 20) =>
  queryOptions({
    queryKey: healthKeys.atRisk(limit),
    queryFn: ({ signal }) => api<TAtRisk>(`/api/v1/health/at-risk${toQuery({ limit })}`, { signal }),
    refetchInterval: HEALTH_POLL_MS,
  });

export const healthMapQuery = () =>
  queryOptions({
    queryKey: healthKeys.map(),
    queryFn: ({ signal }) => api<THealthMap>("/api/v1/health/map", { signal }),
    refetchInterval: HEALTH_POLL_MS,
  });

export const recordHealthQuery = (subject: Subject, id: string) =>
  queryOptions({
    queryKey: healthKeys.record(subject, id),
    queryFn: ({ signal }) => api<TRecordHealth>(`/api/v1/health/${subject}/${encodeURIComponent(id)}`, { signal }),
    refetchInterval: HEALTH_POLL_MS,
  });

export const healthSeriesQuery = (subject: Subject, id: string, range: string, step?: number) =>
  queryOptions({
    queryKey: healthKeys.series(subject, id, range, step),
    queryFn: ({ signal }) => api<THealthSeries>(`/api/v1/health/${subject}/${encodeURIComponent(id)}/series${toQuery({ range, step })}`, { signal }),
    refetchInterval: HEALTH_POLL_MS * 3,
  });
