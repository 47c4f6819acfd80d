// DELETE /api/v1/alerts/maintenance/{id} — remove a maintenance window
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { deleteMaintenance } from "@/server/alerts/delete-maintenance";

export const DELETE = handle({
  access: "alerts:respond",
  summary: "Remove a maintenance window; alerts it kept quiet that still fire are processed at once",
  params: z.object({ id: ZId }),
  handler: ({ actor, params }) => deleteMaintenance({ actor, id: params.id }),
});
