// GET|PATCH|DELETE /api/v1/standards/{id} — one standard (GET also accepts its key)
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZStandard, ZStandardUpdate } from "@/lib/schemas/standard";
import { getStandard } from "@/server/standards/get-standard";
import { updateStandard } from "@/server/standards/update-standard";
import { deleteStandard } from "@/server/standards/delete-standard";

const params = z.object({ id: ZId });

export const GET = handle({
  access: "catalog:read",
  summary: "Get a standard by id or key",
  params,
  response: ZStandard,
  handler: ({ params }) => getStandard({ idOrKey: params.id }),
});

export const PATCH = handle({
  access: "standards:manage",
  summary: "Change a standard (send the version you read); its results are recomputed before the answer",
  params,
  body: ZStandardUpdate,
  response: ZStandard,
  handler: ({ actor, params, body }) => updateStandard({ actor, id: params.id, input: body }),
});

export const DELETE = handle({
  access: "standards:manage",
  summary: "Delete a standard with its waivers and attestations (to pause one, set active: false)",
  params,
  handler: ({ actor, params }) => deleteStandard({ actor, id: params.id }),
});
