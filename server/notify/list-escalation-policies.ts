import "server-only";
import { db } from "@/server/db";
import type { TEscalationPolicyList } from "@/lib/schemas/notify-escalation";
import { toPolicies } from "./policy-select";

/** Every policy: the default first, then by name. */
export async function listEscalationPolicies(): Promise<TEscalationPolicyList> {
  return db().$transaction(async (tx) => {
    const rows = await tx.escalationPolicy.findMany({ orderBy: [{ isDefault: "desc" }, { name: "asc" }, { id: "asc" }] });
    return { items: await toPolicies(tx, rows) };
  });
}
