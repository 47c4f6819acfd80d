import "server-only";
import { db } from "@/server/db";

/** Every mapping rule in the order they are tried: aliases first, then by priority. */
export async function listMappingRules() {
  const rules = await db().alertMappingRule.findMany({ orderBy: [{ priority: "asc" }, { createdAt: "asc" }] });
  rules.sort((a, b) => Number(a.value === null) - Number(b.value === null) || a.priority - b.priority);
  return { items: rules };
}
