// GET /api/v1/health/jobs — ETL batch interfaces and scheduler systems with their runs
import { handle } from "@/server/http/handler";
import { ZJobHealthPage, ZJobListQuery } from "@/lib/schemas/job-health";
import { listJobHealth } from "@/server/health-reports/list-job-health";

export const GET = handle({
  access: "catalog:read",
  summary: "Jobs (ETL batch interfaces, scheduler systems): last run, 20 recent runs with durations, 30-day success rate, data age against the freshness objective, data-quality checks",
  query: ZJobListQuery,
  response: ZJobHealthPage,
  handler: ({ query }) => listJobHealth({ query }),
});
