import "server-only";
import { db } from "@/server/db";
import { healthSourceSelect } from "./health-source-select";

/** Every webhook source, revoked ones included; newest first. */
export async function listHealthSources() {
  const items = await db().healthSource.findMany({ select: healthSourceSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  return { items };
}
