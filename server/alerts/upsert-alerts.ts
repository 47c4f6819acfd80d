import "server-only";
import { hotRows } from "@/server/db-hot";
import { Prisma } from "@/server/generated/prisma/client";
import { FLAP_CHANGES, FLAP_MINUTES } from "@/lib/alerts/alert-rules";
import type { AlertSeverity, AlertSourceKind, AlertState, AlertSuppression } from "@/server/generated/prisma/enums";

/** One alert as received, already mapped and judged for suppression. */
export type AlertRow = {
  id: string;
  dedupKey: string;
  sourceKind: AlertSourceKind;
  source: string;
  fingerprint: string | null;
  title: string;
  summary: string;
  severity: AlertSeverity;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  links: { href: string; text?: string }[];
  state: "FIRING" | "RESOLVED";
  startsAt: string;
  endsAt: string | null;
  systemId: string | null;
  interfaceId: string | null;
  mappingRuleId: string | null;
  suppressedBy: AlertSuppression | null;
  silenceId: string | null;
};

/** The alert after the upsert, with its state before it (null: created now). */
export type UpsertedAlert = {
  id: string;
  dedupKey: string;
  state: AlertState;
  oldState: AlertState | null;
  source: string;
  title: string;
  severity: AlertSeverity;
  systemId: string | null;
  incidentId: string | null;
  suppressedBy: AlertSuppression | null;
  flapping: boolean;
};

/**
 * Every alert of a webhook in one statement, committed on its own (a statement is atomic; no
 * interactive transaction, no Prisma round trips: at 100 webhooks a second these were most of
 * intake's cost): inserted, or counted again (count + 1 for each
 * firing receipt; a resolved receipt only resolves). Rows are taken in dedupKey order, so two
 * concurrent webhooks lock shared alerts in the same order and cannot deadlock on them. The
 * state before (PostgreSQL 18's RETURNING old.*) says what changed; a transition row is written
 * for each change in the same statement.
 *
 * While an alert is not part of an incident (new, unmapped, suppressed, or firing again after it
 * resolved) its mapping and suppression are taken from this receipt; once in an incident they
 * stay. The version moves only with the state: repeats must not make a person's edit stale.
 */
export async function upsertAlerts({ rows, now }: { rows: AlertRow[]; now: Date }): Promise<UpsertedAlert[]> {
  // Moments go in as UTC text: pg would send a Date in the server's local zone (server/db-hot.ts).
  const at = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const flapSince = Prisma.sql`(${new Date(now.getTime() - FLAP_MINUTES * 60_000).toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const sorted = [...rows].sort((a, b) => (a.dedupKey < b.dedupKey ? -1 : a.dedupKey > b.dedupKey ? 1 : 0));
  return hotRows<UpsertedAlert>("alerts-upsert", Prisma.sql`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(sorted)}::jsonb) AS x(
        "id" text, "dedupKey" text, "sourceKind" text, "source" text, "fingerprint" text, "title" text, "summary" text,
        "severity" text, "labels" jsonb, "annotations" jsonb, "links" jsonb, "state" text, "startsAt" timestamptz,
        "endsAt" timestamptz, "systemId" text, "interfaceId" text, "mappingRuleId" text, "suppressedBy" text, "silenceId" text)
    ), up AS (
      INSERT INTO "Alert" AS a ("id", "dedupKey", "sourceKind", "source", "fingerprint", "title", "summary", "severity", "labels",
        "annotations", "links", "state", "startsAt", "endsAt", "systemId", "interfaceId", "mappingRuleId", "suppressedBy", "silenceId",
        "firstSeenAt", "lastSeenAt", "resolvedAt", "count")
      SELECT i."id", i."dedupKey", i."sourceKind"::"AlertSourceKind", i."source", i."fingerprint", i."title", i."summary",
        i."severity"::"AlertSeverity", i."labels", i."annotations", i."links", i."state"::"AlertState",
        i."startsAt" AT TIME ZONE 'UTC', i."endsAt" AT TIME ZONE 'UTC', i."systemId", i."interfaceId", i."mappingRuleId",
        i."suppressedBy"::"AlertSuppression", i."silenceId", ${at}, ${at},
        CASE WHEN i."state" = 'RESOLVED' THEN ${at} END, 1
      FROM input i ORDER BY i."dedupKey"
      ON CONFLICT ("dedupKey") DO UPDATE SET
        "title" = EXCLUDED."title", "summary" = EXCLUDED."summary", "severity" = EXCLUDED."severity", "labels" = EXCLUDED."labels",
        "annotations" = EXCLUDED."annotations", "links" = EXCLUDED."links", "startsAt" = EXCLUDED."startsAt", "endsAt" = EXCLUDED."endsAt",
        "lastSeenAt" = EXCLUDED."lastSeenAt",
        "count" = a."count" + CASE WHEN EXCLUDED."state" = 'FIRING' THEN 1 ELSE 0 END,
        "state" = CASE WHEN EXCLUDED."state" = 'RESOLVED' THEN 'RESOLVED'::"AlertState"
                       WHEN a."state" = 'RESOLVED' THEN 'FIRING'::"AlertState" ELSE a."state" END,
        "resolvedAt" = CASE WHEN EXCLUDED."state" = 'RESOLVED' THEN COALESCE(a."resolvedAt", EXCLUDED."lastSeenAt") END,
        "acknowledgedAt" = CASE WHEN a."state" = 'RESOLVED' AND EXCLUDED."state" = 'FIRING' THEN NULL ELSE a."acknowledgedAt" END,
        "acknowledgedById" = CASE WHEN a."state" = 'RESOLVED' AND EXCLUDED."state" = 'FIRING' THEN NULL ELSE a."acknowledgedById" END,
        "incidentId" = CASE WHEN a."state" = 'RESOLVED' AND EXCLUDED."state" = 'FIRING' THEN NULL ELSE a."incidentId" END,
        "symptomPath" = CASE WHEN a."state" = 'RESOLVED' AND EXCLUDED."state" = 'FIRING' THEN '{}' ELSE a."symptomPath" END,
        "systemId" = CASE WHEN a."incidentId" IS NULL OR a."state" = 'RESOLVED' THEN EXCLUDED."systemId" ELSE a."systemId" END,
        "interfaceId" = CASE WHEN a."incidentId" IS NULL OR a."state" = 'RESOLVED' THEN EXCLUDED."interfaceId" ELSE a."interfaceId" END,
        "mappingRuleId" = CASE WHEN a."incidentId" IS NULL OR a."state" = 'RESOLVED' THEN EXCLUDED."mappingRuleId" ELSE a."mappingRuleId" END,
        "suppressedBy" = CASE WHEN a."incidentId" IS NULL OR a."state" = 'RESOLVED' THEN EXCLUDED."suppressedBy" ELSE a."suppressedBy" END,
        "silenceId" = CASE WHEN a."incidentId" IS NULL OR a."state" = 'RESOLVED' THEN EXCLUDED."silenceId" ELSE a."silenceId" END,
        "version" = a."version" + CASE WHEN (EXCLUDED."state" = 'RESOLVED') <> (a."state" = 'RESOLVED') THEN 1 ELSE 0 END,
        -- Flapping, judged in the same statement: the changes already recorded within the window
        -- (this statement's own transition row is not visible to it) plus this one, if any.
        "flapping" = (SELECT count(*) FROM "AlertTransition" t
                       WHERE t."alertId" = a."id" AND t."fromState" IS NOT NULL AND t."at" > ${flapSince})
                     + CASE WHEN (EXCLUDED."state" = 'RESOLVED') <> (a."state" = 'RESOLVED') THEN 1 ELSE 0 END >= ${FLAP_CHANGES}
      RETURNING new."id", new."dedupKey", new."state", old."state" AS "oldState", new."source", new."title", new."severity",
        new."systemId", new."incidentId", new."suppressedBy", new."flapping"
    ), moved AS (
      INSERT INTO "AlertTransition" ("alertId", "at", "fromState", "toState")
      SELECT up."id", ${at}, up."oldState", up."state" FROM up WHERE up."oldState" IS DISTINCT FROM up."state"
    )
    SELECT "id", "dedupKey", "state"::text AS "state", "oldState"::text AS "oldState", "source", "title", "severity"::text AS "severity",
      "systemId", "incidentId", "suppressedBy"::text AS "suppressedBy", "flapping" FROM up`);
}
