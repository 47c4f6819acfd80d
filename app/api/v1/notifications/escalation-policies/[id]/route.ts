// PATCH|DELETE /api/v1/notifications/escalation-policies/{id} — change or delete a policy
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZEscalationPolicy, ZEscalationPolicyUpdate } from "@/lib/schemas/notify-escalation";
import { updateEscalationPolicy } from "@/server/notify/update-escalation-policy";
import { deleteEscalationPolicy } from "@/server/notify/delete-escalation-policy";

const params = z.object({ id: ZId });

export const PATCH = handle({
  access: "alerts:manage",
  summary: "Update a policy (send the version you read); the default stays default until another one is made default",
  params,
  body: ZEscalationPolicyUpdate,
  response: ZEscalationPolicy,
  handler: ({ actor, params, body }) => updateEscalationPolicy({ actor, id: params.id, input: body }),
});

export const DELETE = handle({
  access: "alerts:manage",
  summary: "Delete a policy (409 for the default); incidents escalating under it continue under the default",
  params,
  handler: ({ actor, params }) => deleteEscalationPolicy({ actor, id: params.id }),
});
