import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { Actor } from "@/server/auth/actor";
import type { TIncidentList, TIncidentListQuery } from "@/lib/schemas/alert-views";
import { INCIDENT_COLUMNS, INCIDENT_JOINS, toIncidentRow, type IncidentRowRaw } from "./incident-row-sql";

export type ListIncidentsOptions = { actor: Actor; query: TIncidentListQuery };

const ORDER: Record<string, Prisma.Sql> = {
  opened: Prisma.sql`n."openedAt" DESC`,
  "-opened": Prisma.sql`n."openedAt" ASC`,
  severity: Prisma.sql`n."severity" ASC, n."openedAt" DESC`,
  "-severity": Prisma.sql`n."severity" DESC, n."openedAt" DESC`,
  number: Prisma.sql`n."number" DESC`,
  "-number": Prisma.sql`n."number" ASC`,
};

function filters(q: TIncidentListQuery, userId: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (q.q) parts.push(Prisma.sql`(n."title" ILIKE ${`%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} OR n."number"::text = ${q.q.replace(/^#/, "")})`);
  if (q.teamId) parts.push(Prisma.sql`n."teamId" = ${q.teamId}`);
  if (q.systemId) parts.push(Prisma.sql`n."systemId" = ${q.systemId}`);
  if (q.mine === "true") {
    parts.push(Prisma.sql`(n."assigneeId" = ${userId} OR n."systemId" IN (SELECT "id" FROM "System" WHERE "technicalOwnerId" = ${userId})
      OR n."teamId" IN (SELECT "teamId" FROM "TeamMember" WHERE "userId" = ${userId}))`);
  }
  return Prisma.join(parts, " AND ");
}

/** Incidents, newest first by default, with the count per state over the other filters. */
export async function listIncidents({ actor, query }: ListIncidentsOptions): Promise<TIncidentList> {
  const where = filters(query, actor.userId);
  const states = query.state ?? ["OPEN", "ACKNOWLEDGED"];
  const [rows, counts] = await Promise.all([
    db().$queryRaw<IncidentRowRaw[]>`
      SELECT ${INCIDENT_COLUMNS}
        FROM "Incident" n ${INCIDENT_JOINS}
       WHERE ${where} AND n."state"::text = ANY(${states}::text[])
       ORDER BY ${ORDER[query.sort] ?? ORDER.opened}, n."id"
       LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    db().$queryRaw<{ state: "OPEN" | "ACKNOWLEDGED" | "RESOLVED"; n: bigint }[]>`
      SELECT n."state", count(*) AS "n" FROM "Incident" n WHERE ${where} GROUP BY 1`,
  ]);
  const byState = { OPEN: 0, ACKNOWLEDGED: 0, RESOLVED: 0 };
  for (const c of counts) byState[c.state] = Number(c.n);
  const total = states.reduce((sum, s) => sum + byState[s], 0);
  return { items: rows.map(toIncidentRow), total, page: query.page, pageSize: query.pageSize, counts: byState };
}
