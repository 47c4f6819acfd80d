// GET /api/v1/health/systems/{id}/series — the system's samples in buckets, with deployments and job runs in range
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZHealthSeries, ZSeriesQuery } from "@/lib/schemas/health-views";
import { getHealthSeries } from "@/server/health/get-health-series";

export const GET = handle({
  access: "catalog:read",
  summary: "The system's chart over 1h, 24h, 7d (raw samples, 1-minute buckets) or 30d (hourly rollups), with deployments and job runs",
  params: z.object({ id: ZId }),
  query: ZSeriesQuery,
  response: ZHealthSeries,
  handler: ({ params, query }) => getHealthSeries({ subjectType: "SYSTEM", idOrKey: params.id, query }),
});
