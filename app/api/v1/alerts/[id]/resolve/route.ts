// POST /api/v1/alerts/{id}/resolve — resolve an alert (and, through it, its incident)
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZAlert, ZAlertAction } from "@/lib/schemas/alerts";
import { actOnAlerts } from "@/server/alerts/act-on-alerts";
import { getAlert } from "@/server/alerts/get-alert";
import { AppError } from "@/server/http/app-error";

export const POST = handle({
  access: "alerts:respond",
  summary: "Resolve an alert (audited; its incident follows)",
  params: z.object({ id: ZId }),
  body: ZAlertAction,
  response: ZAlert,
  handler: async ({ actor, params, body }) => {
    const { notFound } = await actOnAlerts({ actor, ids: [params.id], action: "RESOLVE", version: body.version });
    if (notFound.length) throw AppError.notFound("alert");
    return getAlert({ id: params.id });
  },
});
