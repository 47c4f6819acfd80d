// POST /api/v1/health/events — deployments and job runs from CI/CD and schedulers (INGEST token or signed webhook)
import { handle } from "@/server/http/handler";
import { problemLocale } from "@/server/http/problem-locale";
import { ZEventBatch, ZIngestResult } from "@/lib/schemas/health-ingest";
import { ingestEvents } from "@/server/health/ingest-events";
import { WEBHOOK_SIGNATURE } from "@/server/health/verify-signature";

export const POST = handle({
  access: "health:ingest",
  signature: WEBHOOK_SIGNATURE,
  summary: "Send up to 1,000 deployments and job runs; valid ones are stored once (a run's later report updates it), invalid ones reported by index and field path",
  body: ZEventBatch,
  response: ZIngestResult,
  handler: ({ req, actor, body }) =>
    ingestEvents({ actor, events: body.events, locale: problemLocale(req.headers.get("accept-language"), actor) }),
});
