// Shared by the alerts-*.test.ts files: Alertmanager payloads built as Alertmanager builds them
// (its label-set fingerprint), reads of what intake stored, and a controllable clock for alerts.
import { expect } from "vitest";
import { uniqueKey, type ApiClient } from "./helpers/client";
import { moveStoredTimeBack } from "./helpers/clock";
import { queryDb } from "./helpers/db";

/** model.LabelSet.Fingerprint() of prometheus/common: FNV-1a 64 over sorted names and values, each followed by 0xff. */
export function fingerprint(labels: Record<string, string>): string {
  const M = (1n << 64n) - 1n;
  let h = 14695981039346656037n;
  const add = (bytes: Iterable<number>) => {
    for (const b of bytes) h = ((h ^ BigInt(b)) * 1099511628211n) & M;
  };
  for (const name of Object.keys(labels).sort()) {
    add(Buffer.from(name, "utf8"));
    add([0xff]);
    add(Buffer.from(labels[name], "utf8"));
    add([0xff]);
  }
  return h.toString(16).padStart(16, "0");
}

export type AmAlert = { labels: Record<string, string>; status?: "firing" | "resolved"; annotations?: Record<string, string> };

/** An Alertmanager v4 webhook payload. */
export function webhook(receiver: string, alerts: AmAlert[]) {
  const status = alerts.every((a) => a.status === "resolved") ? "resolved" : "firing";
  return {
    receiver, status, version: "4", groupKey: "{}:{}", truncatedAlerts: 0, groupLabels: {}, commonLabels: {}, commonAnnotations: {},
    externalURL: "http://alertmanager.example.com:9093",
    alerts: alerts.map((a) => ({
      status: a.status ?? "firing", labels: a.labels, annotations: a.annotations ?? { summary: `${a.labels.alertname} summary` },
      startsAt: "2026-03-10T08:14:05.123Z", endsAt: a.status === "resolved" ? "2026-03-10T09:14:05.123Z" : "0001-01-01T00:00:00Z",
      generatorURL: "http://prometheus.example.com:9090/graph", fingerprint: fingerprint(a.labels),
    })),
  };
}

/** Sends a webhook; it must be accepted. Returns once its alerts are processed into incidents. */
export async function send(client: ApiClient, receiver: string, alerts: AmAlert[]) {
  const res = await client.post("/api/v1/alerts/alertmanager", webhook(receiver, alerts));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const body = res.body as { accepted: number; alerts: { dedupKey: string; alertId: string; status: string }[] };
  await processed(body.alerts.map((a) => a.alertId));
  return body;
}

/**
 * Intake answers once alerts are stored; incidents follow in the instance's incident run
 * (server/alerts/queue-alert-processing.ts). Waits until none of these alerts is waiting for it:
 * a firing, mapped, unsuppressed, unacknowledged alert is in an incident, and a resolved alert's
 * incident is resolved unless it still has unresolved alerts.
 */
export async function processed(alertIds: string[]): Promise<void> {
  await until(async () => {
    const [{ waiting }] = await queryDb<{ waiting: number }>(`
      SELECT count(*)::int AS "waiting" FROM "Alert" a WHERE a."id" = ANY($1::text[]) AND (
        (a."state" <> 'RESOLVED' AND a."systemId" IS NOT NULL AND a."suppressedBy" IS NULL AND a."incidentId" IS NULL AND a."acknowledgedAt" IS NULL)
        OR (a."state" = 'RESOLVED' AND EXISTS (SELECT 1 FROM "Incident" i WHERE i."id" = a."incidentId" AND i."state" <> 'RESOLVED'
              AND NOT EXISTS (SELECT 1 FROM "Alert" b WHERE b."incidentId" = i."id" AND b."state" <> 'RESOLVED'))))`, [alertIds]);
    return waiting === 0 ? true : undefined;
  }, `alerts ${alertIds.join(", ")} to be processed`, 15_000);
}

export type AlertRow = {
  id: string; state: string; count: number; systemId: string | null; incidentId: string | null; suppressedBy: string | null;
  silenceId: string | null; flapping: boolean; symptomPath: string[]; severity: string; title: string; fingerprint: string | null; version: number;
};

export async function alertOf(labels: Record<string, string>): Promise<AlertRow> {
  const [row] = await queryDb<AlertRow>(`SELECT * FROM "Alert" WHERE "dedupKey" = $1`, [`am:${fingerprint(labels)}`]);
  expect(row, `alert ${JSON.stringify(labels)}`).toBeDefined();
  return row;
}

export type IncidentRow = { id: string; systemId: string; state: string; severity: string; stormSuppressed: boolean; teamId: string | null; title: string };

export const incidentsOf = (systemId: string) =>
  queryDb<IncidentRow>(`SELECT * FROM "Incident" WHERE "systemId" = $1 ORDER BY "openedAt", "number"`, [systemId]);

/** A new system (BUSINESS_APP), created by `client`; its id and key. */
export async function system(client: ApiClient, label: string, extra: Record<string, unknown> = {}): Promise<{ id: string; key: string }> {
  const key = uniqueKey(label);
  const res = await client.post("/api/v1/systems", { key, name: key, kind: "BUSINESS_APP", layer: "BUSINESS", ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.id, key };
}

/**
 * Time passes for alerts: every stored moment of alerts, transitions, incidents, silences and
 * one-off maintenance windows moves back. AlertConfigState is bumped too, as it is part of the
 * fiction: each instance caches silences and windows keyed on it, and real time passing changes
 * no row (the cache judges times against the clock), whereas rewritten rows must be re-read.
 */
export async function advanceAlertClock(minutes: number): Promise<void> {
  await moveStoredTimeBack(`${minutes} minutes`, [
    `UPDATE "Alert" SET "firstSeenAt" = "firstSeenAt" - $1::interval, "lastSeenAt" = "lastSeenAt" - $1::interval`,
    `UPDATE "AlertTransition" SET "at" = "at" - $1::interval`,
    `UPDATE "Incident" SET "openedAt" = "openedAt" - $1::interval`,
    `UPDATE "Silence" SET "startsAt" = "startsAt" - $1::interval, "endsAt" = "endsAt" - $1::interval`,
    `UPDATE "MaintenanceWindow" SET "startsAt" = "startsAt" - $1::interval, "endsAt" = "endsAt" - $1::interval WHERE "kind" = 'ONE_OFF'`,
    `UPDATE "AlertConfigState" SET "version" = "version" + 1 WHERE $1::interval IS NOT NULL`,
  ]);
}

export const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

/** Polls until `read` returns something other than undefined. */
export async function until<T>(read: () => Promise<T | undefined>, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
