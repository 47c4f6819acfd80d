// GET /api/v1/compliance/levels — every record's maturity level, for the map coloured by level
import { handle } from "@/server/http/handler";
import { ZComplianceLevels, ZComplianceLevelsQuery } from "@/lib/schemas/compliance";
import { listComplianceLevels } from "@/server/compliance/list-compliance-levels";

export const GET = handle({
  access: "catalog:read",
  summary: "The maturity level of every system or every interface (id and level only), e.g. to colour the map",
  query: ZComplianceLevelsQuery,
  response: ZComplianceLevels,
  handler: ({ query }) => listComplianceLevels({ query }),
});
