// GET /api/v1/alerts/mapping-rules — label → catalogue rules; POST — add one
import { handle } from "@/server/http/handler";
import { ZMappingRule, ZMappingRuleCreate, ZMappingRuleList } from "@/lib/schemas/alerts-admin";
import { createMappingRule } from "@/server/alerts/create-mapping-rule";
import { listMappingRules } from "@/server/alerts/list-mapping-rules";

export const GET = handle({
  access: "catalog:read",
  summary: "Mapping rules from alert labels to systems and interfaces, in the order they are tried",
  response: ZMappingRuleList,
  handler: () => listMappingRules(),
});

export const POST = handle({
  access: "alerts:respond",
  status: 201,
  summary: "Add a mapping rule: a label whose value is a record key, or an alias for one value",
  body: ZMappingRuleCreate,
  response: ZMappingRule,
  handler: ({ actor, body }) => createMappingRule({ actor, input: body }),
});
