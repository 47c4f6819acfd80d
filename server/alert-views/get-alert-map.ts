import "server-only";
import { hotRows } from "@/server/db-hot";
import { Prisma } from "@/server/generated/prisma/client";
import type { TAlertMap, TAlertSeverity } from "@/lib/schemas/alert-views";

// The severity enum sorts critical first, so min() is the most severe.
const OPEN_BY_SYSTEM = Prisma.sql`
  SELECT "systemId" AS id, count(*)::int AS alerts, min("severity")::text AS severity
    FROM "Alert"
   WHERE "state" IN ('FIRING', 'ACKNOWLEDGED') AND "suppressedBy" IS NULL AND "systemId" IS NOT NULL
   GROUP BY "systemId"`;

export type GetAlertMapOptions = { inMaintenance: ReadonlySet<string> };

/** Systems with open alerts, and those in maintenance now: the map's badges in one small read. */
export async function getAlertMap({ inMaintenance }: GetAlertMapOptions): Promise<TAlertMap> {
  const rows = await hotRows<{ id: string; alerts: number; severity: TAlertSeverity }>("junction_alert_map", OPEN_BY_SYSTEM);
  const systems = new Map<string, TAlertMap["systems"][number]>();
  for (const r of rows) systems.set(r.id, { ...r, maintenance: inMaintenance.has(r.id) });
  for (const id of inMaintenance) if (!systems.has(id)) systems.set(id, { id, alerts: 0, severity: null, maintenance: true });
  return { systems: [...systems.values()] };
}
