// GET /api/v1/topology — the dependency map: all systems, groups, or a focus neighbourhood, in one response
import { handle } from "@/server/http/handler";
import { ZTopology, ZTopologyQuery } from "@/lib/schemas/topology";
import { getTopology } from "@/server/topology/get-topology";

export const GET = handle({
  access: "catalog:read",
  summary: "The dependency map for a filtered estate: systems and interfaces, groups with aggregated edges, or a focus neighbourhood with \"+N more\" markers",
  query: ZTopologyQuery,
  response: ZTopology,
  handler: ({ query }) => getTopology({ query }),
});
