import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { ALERT_VIEWS, type TAlertList, type TAlertListQuery, type TAlertRow, type TAlertView } from "@/lib/schemas/alert-views";
import { userRefSql } from "./incident-row-sql";
import { ALERT_FROM, OWNER_TEAM, VIEW_OF, alertFilters, alertOrder, viewSql } from "./alert-list-sql";

export type ListAlertsOptions = { actor: Actor; query: TAlertListQuery };

const DEFAULT_VIEWS: TAlertView[] = ["FIRING", "ACKNOWLEDGED"];

type Row = Omit<TAlertRow, "firstSeenAt" | "lastSeenAt" | "acknowledgedAt" | "resolvedAt"> & {
  firstSeenAt: Date; lastSeenAt: Date; acknowledgedAt: Date | null; resolvedAt: Date | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The inbox: one page of alerts with what they are on, who took them and their incident, plus
 * the count in each view over the same filters (the tabs). Names are joined for the page only.
 */
export async function listAlerts({ actor, query }: ListAlertsOptions): Promise<TAlertList> {
  const filters = alertFilters(query, actor.userId);
  const views = query.view ?? DEFAULT_VIEWS;
  const [rows, counts] = await Promise.all([
    db().$queryRaw<Row[]>`
      WITH page AS (
        SELECT a."id" ${ALERT_FROM}
         WHERE ${filters} AND ${viewSql(views)}
         ${alertOrder(query.sort)}
         LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
      )
      SELECT a."id", a."title", a."summary", a."severity", a."state", a."suppressedBy", a."source", a."sourceKind",
             a."fingerprint", a."dedupKey", a."labels", a."count", a."flapping", a."firstSeenAt", a."lastSeenAt",
             a."acknowledgedAt", a."resolvedAt", a."version",
             cardinality(a."symptomPath") > 0 AS "symptom",
             ${userRefSql("ack")} AS "acknowledgedBy", ${userRefSql("asg")} AS "assignee",
             CASE WHEN s."id" IS NULL THEN NULL ELSE json_build_object('id', s."id", 'key', s."key", 'name', s."name", 'tier', s."tier") END AS "system",
             CASE WHEN i."id" IS NULL THEN NULL ELSE json_build_object('id', i."id", 'key', i."key", 'name', i."name", 'tier', i."tier") END AS "interface",
             CASE WHEN t."id" IS NULL THEN NULL ELSE json_build_object('id', t."id", 'key', t."key", 'name', t."name") END AS "team",
             CASE WHEN inc."id" IS NULL THEN NULL ELSE json_build_object('id', inc."id", 'number', inc."number", 'state', inc."state") END AS "incident"
        FROM page JOIN "Alert" a ON a."id" = page."id"
        LEFT JOIN "System" s ON s."id" = a."systemId"
        LEFT JOIN "Interface" i ON i."id" = a."interfaceId"
        LEFT JOIN "Team" t ON t."id" = ${OWNER_TEAM}
        LEFT JOIN "User" ack ON ack."id" = a."acknowledgedById"
        LEFT JOIN "User" asg ON asg."id" = a."assigneeId"
        LEFT JOIN "Incident" inc ON inc."id" = a."incidentId"
       ${alertOrder(query.sort)}`,
    db().$queryRaw<{ view: TAlertView; n: bigint }[]>`
      SELECT ${VIEW_OF} AS "view", count(*) AS "n" ${ALERT_FROM} WHERE ${filters} GROUP BY 1`,
  ]);
  const byView = Object.fromEntries(ALERT_VIEWS.map((v) => [v, 0])) as TAlertList["counts"];
  for (const c of counts) byView[c.view] = Number(c.n);
  return {
    items: rows.map((r) => ({
      ...r,
      firstSeenAt: r.firstSeenAt.toISOString(),
      lastSeenAt: r.lastSeenAt.toISOString(),
      acknowledgedAt: iso(r.acknowledgedAt),
      resolvedAt: iso(r.resolvedAt),
    })),
    total: views.reduce((sum, v) => sum + byView[v], 0),
    page: query.page,
    pageSize: query.pageSize,
    counts: byView,
  };
}
