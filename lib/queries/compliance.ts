// Compliance results (the matrix, the summary, one record's results) and waivers. Results follow
// from records, standards, waivers and attestations alike, so each of those writes invalidates
// `complianceKeys.all` (lib/queries/invalidate.ts).
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TPage } from "@/lib/schemas/common";
import type { TComplianceLevels, TComplianceMatrix, TComplianceSummary, TComplianceTrend, TRecordCompliance } from "@/lib/schemas/compliance";
import type { TSubjectType } from "@/lib/schemas/enums";
import type { TWaiver } from "@/lib/schemas/waiver";

export type ComplianceParams = Record<string, string | number>;

export const complianceKeys = {
  all: ["compliance"] as const,
  matrix: (params: ComplianceParams) => [...complianceKeys.all, "matrix", params] as const,
  summary: (subject: TSubjectType) => [...complianceKeys.all, "summary", subject] as const,
  record: (subject: TSubjectType, id: string) => [...complianceKeys.all, "record", subject, id] as const,
  trend: (params: ComplianceTrendParams) => [...complianceKeys.all, "trend", params] as const,
  levels: (subject: TSubjectType) => [...complianceKeys.all, "levels", subject] as const,
};

/** GET /compliance/trend's parameters (teamId and standardId narrow it; days defaults to 90 there). */
export type ComplianceTrendParams = { subject: TSubjectType; days?: number; teamId?: string; standardId?: string };

export const waiverKeys = {
  all: ["waivers"] as const,
  list: (params: ComplianceParams) => [...waiverKeys.all, "list", params] as const,
};

/** The API path of the matrix (also its CSV with format=csv). */
export const compliancePath = (params: ComplianceParams) => `/api/v1/compliance${toQuery(params)}`;

export const complianceMatrixQuery = (params: ComplianceParams) =>
  queryOptions({
    queryKey: complianceKeys.matrix(params),
    queryFn: ({ signal }) => api<TComplianceMatrix>(compliancePath(params), { signal }),
  });

export const complianceSummaryQuery = (subject: TSubjectType) =>
  queryOptions({
    queryKey: complianceKeys.summary(subject),
    queryFn: ({ signal }) => api<TComplianceSummary>(`/compliance/summary${toQuery({ subject })}`, { signal }),
  });

export const recordComplianceQuery = (subject: TSubjectType, id: string) =>
  queryOptions({
    queryKey: complianceKeys.record(subject, id),
    queryFn: ({ signal }) =>
      api<TRecordCompliance>(`/${subject === "SYSTEM" ? "systems" : "interfaces"}/${encodeURIComponent(id)}/compliance`, { signal }),
  });

export const waiverListQuery = (params: ComplianceParams) =>
  queryOptions({
    queryKey: waiverKeys.list(params),
    queryFn: ({ signal }) => api<TPage<TWaiver>>(`/waivers${toQuery(params)}`, { signal }),
  });

/** Daily pass/fail counts and records per level: "is compliance improving?". */
export const complianceTrendQuery = (params: ComplianceTrendParams) =>
  queryOptions({
    queryKey: complianceKeys.trend(params),
    queryFn: ({ signal }) => api<TComplianceTrend>(`/compliance/trend${toQuery(params)}`, { signal }),
  });

/** Every record's level (ids only), for the map coloured by level. */
export const complianceLevelsQuery = (subject: TSubjectType) =>
  queryOptions({
    queryKey: complianceKeys.levels(subject),
    queryFn: ({ signal }) => api<TComplianceLevels>(`/compliance/levels${toQuery({ subjectType: subject })}`, { signal }),
  });
