// POST /api/v1/alerts/silences/{id}/expire — end a silence now
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZSilence, ZSilenceExpire } from "@/lib/schemas/alerts-admin";
import { expireSilence } from "@/server/alerts/expire-silence";

export const POST = handle({
  access: "alerts:respond",
  summary: "End a silence now; its alerts that still fire are processed as new",
  params: z.object({ id: ZId }),
  body: ZSilenceExpire,
  response: ZSilence,
  handler: ({ actor, params, body }) => expireSilence({ actor, id: params.id, version: body.version }),
});
