// DELETE /api/v1/alerts/mapping-rules/{id} — remove a mapping rule
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { deleteMappingRule } from "@/server/alerts/delete-mapping-rule";

export const DELETE = handle({
  access: "alerts:respond",
  summary: "Remove a mapping rule (alerts it mapped keep their system)",
  params: z.object({ id: ZId }),
  handler: ({ actor, params }) => deleteMappingRule({ actor, id: params.id }),
});
