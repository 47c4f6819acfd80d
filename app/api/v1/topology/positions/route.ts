// PUT /api/v1/topology/positions — save where systems sit on the shared map (batch, up to 2,000)
import { handle } from "@/server/http/handler";
import { ZPositionsSave, ZPositionsSaved } from "@/lib/schemas/view";
import { savePositions } from "@/server/topology/save-positions";

export const PUT = handle({
  access: "catalog:write",
  summary: "Save map positions of systems (upsert; layout only, not audited)",
  body: ZPositionsSave,
  response: ZPositionsSaved,
  handler: ({ actor, body }) => savePositions({ actor, input: body }),
});
