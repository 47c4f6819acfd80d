// GET /api/v1/waivers/{id} — one waiver
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZWaiver } from "@/lib/schemas/waiver";
import { getWaiver } from "@/server/waivers/get-waiver";

export const GET = handle({
  access: "catalog:read",
  summary: "Get a waiver",
  params: z.object({ id: ZId }),
  response: ZWaiver,
  handler: ({ params }) => getWaiver({ id: params.id }),
});
