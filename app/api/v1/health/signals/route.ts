// POST /api/v1/health/signals — a batch of health samples from a monitoring tool (INGEST token or signed webhook)
import { handle } from "@/server/http/handler";
import { problemLocale } from "@/server/http/problem-locale";
import { ZIngestResult, ZSignalBatch } from "@/lib/schemas/health-ingest";
import { ingestSignals } from "@/server/health/ingest-signals";
import { WEBHOOK_SIGNATURE } from "@/server/health/verify-signature";

export const POST = handle({
  access: "health:ingest",
  signature: WEBHOOK_SIGNATURE,
  summary: "Send up to 1,000 health samples; valid ones are stored once, invalid ones reported by index and field path",
  body: ZSignalBatch,
  response: ZIngestResult,
  handler: ({ req, actor, body }) =>
    ingestSignals({ actor, samples: body.samples, locale: problemLocale(req.headers.get("accept-language"), actor) }),
});
