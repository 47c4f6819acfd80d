// GET /api/v1/ownership/summary — ownership score and findings per answerable team (dashboards)
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZOwnershipSummary } from "@/lib/schemas/ownership";
import { getOwnershipSummary } from "@/server/ownership/get-ownership-summary";

export const GET = handle({
  access: "catalog:read",
  summary: "Ownership score and finding counts, overall and per team",
  query: z.object({ teamId: ZId.optional().describe("Only this team's records and findings") }),
  response: ZOwnershipSummary,
  handler: ({ query }) => getOwnershipSummary({ teamId: query.teamId }),
});
