// The demo's alerts, so the inbox, an incident page and the reports show something on first start:
// Adyen failing now with its symptoms downstream (payment, then checkout), a silenced alert, one no
// rule maps yet, and incidents of the last two months, taken and fixed at different speeds. Written
// in the seed's transaction, dated on the database clock. Not server-only: scripts run the seed.
import { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db-client";

type DemoAlert = {
  key: string; title: string; summary: string; severity: "CRITICAL" | "MAJOR" | "MINOR" | "WARNING" | "INFO";
  system: string | null; labels: Record<string, string>; minutesAgo: number; count: number;
  incident?: string; path?: string[]; suppressed?: "SILENCE"; resolvedAfter?: number;
};
type DemoIncident = { key: string; system: string; title: string; severity: DemoAlert["severity"]; daysAgo: number; ackAfter?: number; resolveAfter?: number };

const INCIDENTS: DemoIncident[] = [
  { key: "adyen", system: "adyen", title: "Adyen Checkout API errors", severity: "CRITICAL", daysAgo: 0 },
  { key: "inv-1", system: "inventory-service", title: "Inventory reservations failing", severity: "MAJOR", daysAgo: 6, ackAfter: 6, resolveAfter: 42 },
  { key: "ord-1", system: "order-service", title: "Order events lagging", severity: "MAJOR", daysAgo: 12, ackAfter: 3, resolveAfter: 18 },
  { key: "wms-1", system: "wms", title: "Pick lists not generated", severity: "CRITICAL", daysAgo: 20, ackAfter: 25, resolveAfter: 95 },
  { key: "lake-1", system: "data-lake", title: "Nightly load late", severity: "WARNING", daysAgo: 38, ackAfter: 40, resolveAfter: 180 },
  { key: "ord-2", system: "order-service", title: "Order API 5xx", severity: "CRITICAL", daysAgo: 45, ackAfter: 2, resolveAfter: 25 },
];

const ALERTS: DemoAlert[] = [
  { key: "adyen-5xx", title: "ProviderErrorRate", summary: "Adyen Checkout API answers 502 to 38% of authorisations", severity: "CRITICAL",
    system: "adyen", labels: { alertname: "ProviderErrorRate", junction_system: "adyen", env: "prod" }, minutesAgo: 14, count: 9, incident: "adyen" },
  { key: "payment-auth", title: "PaymentAuthFailures", summary: "Payment authorisations failing above 20%", severity: "MAJOR",
    system: "payment-service", labels: { alertname: "PaymentAuthFailures", service: "payment-service", env: "prod" }, minutesAgo: 12, count: 6,
    incident: "adyen", path: ["adyen", "payment-service"] },
  { key: "checkout-latency", title: "CheckoutLatencyHigh", summary: "Checkout p95 latency 4.2 s (objective 1.5 s)", severity: "WARNING",
    system: "checkout-service", labels: { alertname: "CheckoutLatencyHigh", service: "checkout-service", env: "prod" }, minutesAgo: 10, count: 4,
    incident: "adyen", path: ["adyen", "payment-service", "checkout-service"] },
  { key: "sap-batch", title: "BatchJobSlow", summary: "Nightly MRP run slower than usual (silenced during the upgrade)", severity: "MINOR",
    system: "sap-s4hana", labels: { alertname: "BatchJobSlow", service: "sap-s4hana" }, minutesAgo: 30, count: 3, suppressed: "SILENCE" },
  { key: "legacy-ftp", title: "FtpDiskFull", summary: "Legacy FTP drop zone 95% full", severity: "WARNING",
    system: null, labels: { alertname: "FtpDiskFull", service: "legacy-ftp" }, minutesAgo: 50, count: 2 },
  { key: "inv-res", title: "ReservationErrors", summary: "Reservation calls failing", severity: "MAJOR",
    system: "inventory-service", labels: { alertname: "ReservationErrors", service: "inventory-service" }, minutesAgo: 6 * 1440, count: 12, incident: "inv-1", resolvedAfter: 42 },
];

const ago = (minutes: number) => Prisma.sql`((now() AT TIME ZONE 'UTC') - make_interval(mins => ${minutes}::int))`;
const systemId = (key: string | null) => (key ? Prisma.sql`(SELECT "id" FROM "System" WHERE "key" = ${key})` : Prisma.sql`NULL`);

export async function seedDemoAlerts(tx: Tx): Promise<void> {
  const incidentIds = new Map<string, string>();
  for (const n of INCIDENTS) {
    const opened = n.daysAgo * 1440 + 15;
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "Incident" ("id", "systemId", "teamId", "title", "severity", "state", "openedAt", "acknowledgedAt", "resolvedAt")
      SELECT ${`demo-${n.key}`}, s."id", s."teamId", ${n.title}, ${n.severity}::"AlertSeverity",
             ${n.resolveAfter !== undefined ? "RESOLVED" : n.ackAfter !== undefined ? "ACKNOWLEDGED" : "OPEN"}::"IncidentState", ${ago(opened)},
             ${n.ackAfter !== undefined ? ago(opened - n.ackAfter) : null}, ${n.resolveAfter !== undefined ? ago(opened - n.resolveAfter) : null}
        FROM "System" s WHERE s."key" = ${n.system}
      RETURNING "id"`;
    if (row) incidentIds.set(n.key, row.id);
  }
  for (const a of ALERTS) {
    const resolved = a.resolvedAfter !== undefined;
    const path = a.path ? Prisma.sql`ARRAY(SELECT s."id" FROM unnest(${a.path}::text[]) WITH ORDINALITY k(key, i) JOIN "System" s ON s."key" = k.key ORDER BY k.i)` : Prisma.sql`ARRAY[]::text[]`;
    await tx.$executeRaw`
      INSERT INTO "Alert" ("id", "dedupKey", "sourceKind", "source", "fingerprint", "title", "summary", "severity", "labels", "state",
                           "suppressedBy", "systemId", "incidentId", "symptomPath", "count", "startsAt", "firstSeenAt", "lastSeenAt", "resolvedAt", "endsAt")
      VALUES (${`demo-${a.key}`}, ${`ev:demo-${a.key}`}, 'GENERIC', 'prometheus', NULL, ${a.title}, ${a.summary}, ${a.severity}::"AlertSeverity",
              ${JSON.stringify(a.labels)}::jsonb, ${resolved ? "RESOLVED" : "FIRING"}::"AlertState", ${a.suppressed ?? null}::"AlertSuppression",
              ${systemId(a.system)}, ${a.incident ? (incidentIds.get(a.incident) ?? null) : null}, ${path}, ${a.count},
              ${ago(a.minutesAgo)}, ${ago(a.minutesAgo)}, ${ago(resolved ? a.minutesAgo - a.resolvedAfter! : 1)},
              ${resolved ? ago(a.minutesAgo - a.resolvedAfter!) : null}, ${resolved ? ago(a.minutesAgo - a.resolvedAfter!) : null})`;
    await tx.$executeRaw`INSERT INTO "AlertTransition" ("alertId", "at", "fromState", "toState") VALUES (${`demo-${a.key}`}, ${ago(a.minutesAgo)}, NULL, 'FIRING')`;
  }
}
