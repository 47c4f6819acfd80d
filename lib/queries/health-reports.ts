// Jobs' and brokers' health. Both follow signals that arrive on their own, so they refetch every
// minute while shown; catalog writes change their membership (invalidate.ts).
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TJobHealthPage } from "@/lib/schemas/job-health";
import type { TMessagingHealth } from "@/lib/schemas/messaging-health";

export const healthReportKeys = {
  all: ["health-reports"] as const,
  jobs: (params: Record<string, string | number>) => [...healthReportKeys.all, "jobs", params] as const,
  messaging: (params: Record<string, string>) => [...healthReportKeys.all, "messaging", params] as const,
};

const REFRESH_MS = 60_000;

export const jobHealthQuery = (params: Record<string, string | number>) =>
  queryOptions({
    queryKey: healthReportKeys.jobs(params),
    queryFn: ({ signal }) => api<TJobHealthPage>(`/health/jobs${toQuery(params)}`, { signal }),
    refetchInterval: REFRESH_MS,
  });

export const messagingHealthQuery = (params: Record<string, string>) =>
  queryOptions({
    queryKey: healthReportKeys.messaging(params),
    queryFn: ({ signal }) => api<TMessagingHealth>(`/health/messaging${toQuery(params)}`, { signal }),
    refetchInterval: REFRESH_MS,
  });
