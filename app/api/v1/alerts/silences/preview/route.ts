// POST /api/v1/alerts/silences/preview — how many unresolved alerts these matchers match now
import { handle } from "@/server/http/handler";
import { ZSilencePreview, ZSilencePreviewResult } from "@/lib/schemas/alerts-admin";
import { previewSilence } from "@/server/alerts/preview-silence";

export const POST = handle({
  access: "catalog:read",
  summary: "Count the unresolved alerts a set of matchers would silence now (changes nothing)",
  body: ZSilencePreview,
  response: ZSilencePreviewResult,
  handler: ({ body }) => previewSilence({ matchers: body.matchers }),
});
