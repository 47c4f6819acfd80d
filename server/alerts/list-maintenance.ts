import "server-only";
import { db } from "@/server/db";
import { maintenanceView } from "./maintenance-view";

/** Maintenance windows (of one system, or all), newest first. One-off windows that ended long ago are history: the last 1,000 are shown. */
export async function listMaintenance({ systemId }: { systemId?: string }) {
  const rows = await db().maintenanceWindow.findMany({ where: systemId ? { systemId } : {}, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 1000 });
  const now = Date.now();
  return { items: rows.map((w) => maintenanceView(w, now)) };
}
