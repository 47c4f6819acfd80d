// GET /api/v1/health/sla — the monthly SLA report (interfaces with objectives, per team), or its CSV
import { handle } from "@/server/http/handler";
import { ZSlaQuery, ZSlaReport } from "@/lib/schemas/sla";
import { getSlaReport } from "@/server/sla/get-sla-report";
import { slaCsv } from "@/server/sla/sla-csv";

export const GET = handle({
  access: "catalog:read",
  summary: "Each interface with objectives measured over a UTC month (availability and error budget, latency p95, job freshness), per team; format=csv",
  query: ZSlaQuery,
  response: ZSlaReport,
  handler: async ({ query }) => {
    const report = await getSlaReport({ query });
    return query.format === "csv" ? slaCsv(report) : report;
  },
});
