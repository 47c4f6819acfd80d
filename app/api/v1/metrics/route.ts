// GET /api/v1/metrics (also served at /metrics) — Junction's own metrics in Prometheus text format, for a SCRAPE token
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { metrics } from "@/server/metrics/registry";

export const GET = handle({
  access: "metrics:read",
  summary: "Prometheus metrics: API requests, health ingestion, job queue depth, process (text format, not JSON)",
  response: z.string().describe("Prometheus text exposition format 0.0.4"),
  handler: async () => {
    const { registry } = metrics();
    return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
  },
});
