// GET /api/v1/alerts/{id} — one alert; PATCH — assign it
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZAlert, ZAssign } from "@/lib/schemas/alerts";
import { assignAlert } from "@/server/alerts/assign-alert";
import { getAlert } from "@/server/alerts/get-alert";

export const GET = handle({
  access: "catalog:read",
  summary: "One alert",
  params: z.object({ id: ZId }),
  response: ZAlert,
  handler: ({ params }) => getAlert({ id: params.id }),
});

export const PATCH = handle({
  access: "alerts:respond",
  summary: "Assign an alert to a person (or to nobody)",
  params: z.object({ id: ZId }),
  body: ZAssign,
  response: ZAlert,
  handler: ({ actor, params, body }) => assignAlert({ actor, id: params.id, assigneeId: body.assigneeId, version: body.version }),
});
