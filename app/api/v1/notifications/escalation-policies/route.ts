// GET /api/v1/notifications/escalation-policies — escalation policies; POST — create one
import { handle } from "@/server/http/handler";
import { ZEscalationPolicy, ZEscalationPolicyCreate, ZEscalationPolicyList } from "@/lib/schemas/notify-escalation";
import { listEscalationPolicies } from "@/server/notify/list-escalation-policies";
import { createEscalationPolicy } from "@/server/notify/create-escalation-policy";

export const GET = handle({
  access: "catalog:read",
  summary: "List escalation policies, the default first",
  response: ZEscalationPolicyList,
  handler: () => listEscalationPolicies(),
});

export const POST = handle({
  access: "alerts:manage",
  summary: "Create an escalation policy (isDefault: true makes it the one default)",
  body: ZEscalationPolicyCreate,
  response: ZEscalationPolicy,
  status: 201,
  handler: ({ actor, body }) => createEscalationPolicy({ actor, input: body }),
});
