// GET /api/v1/users/{id}/ownerships — everything a person owns, with who could take it over
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZUserOwnerships } from "@/lib/schemas/user";
import { listUserOwnerships } from "@/server/users/list-user-ownerships";

export const GET = handle({
  access: "catalog:read",
  summary: "A person's ownerships (systems as technical or business owner, interfaces as technical owner) by tier, with each team's active leads, and the teams they lead",
  params: z.object({ id: ZId }),
  response: ZUserOwnerships,
  handler: ({ params }) => listUserOwnerships({ id: params.id }),
});
