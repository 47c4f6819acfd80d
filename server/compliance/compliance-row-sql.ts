import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { TComplianceQuery } from "@/lib/schemas/compliance";

// The matrix and the summary read ComplianceRecord joined to its record (systems or interfaces)
// with the same filters: one FROM … WHERE for both.
export function complianceFrom(q: Pick<TComplianceQuery, "subject">) {
  return q.subject === "SYSTEM"
    ? Prisma.sql`FROM "ComplianceRecord" r JOIN "System" x ON x."id" = r."subjectId" AND r."subjectType" = 'SYSTEM'
                 LEFT JOIN "Team" t ON t."id" = x."teamId"`
    : Prisma.sql`FROM "ComplianceRecord" r JOIN "Interface" x ON x."id" = r."subjectId" AND r."subjectType" = 'INTERFACE'
                 JOIN "System" p ON p."id" = x."providerSystemId" JOIN "System" c ON c."id" = x."consumerSystemId"
                 LEFT JOIN "Team" t ON t."id" = x."teamId"`;
}

export function complianceWhere(q: Partial<TComplianceQuery> & Pick<TComplianceQuery, "subject">) {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (q.q) parts.push(Prisma.sql`x."searchText" LIKE ${`%${q.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`}`);
  if (q.teamId) parts.push(Prisma.sql`x."teamId" = ${q.teamId}`);
  if (q.tier?.length) parts.push(Prisma.sql`x."tier" = ANY(${q.tier}::int[])`);
  if (q.level?.length) parts.push(Prisma.sql`r."level"::text = ANY(${q.level}::text[])`);
  if (q.failing) parts.push(Prisma.sql`r."failing" > 0`);
  if (q.standardId) parts.push(Prisma.sql`r."results" ? ${q.standardId}`);
  if (q.layer?.length) {
    parts.push(q.subject === "SYSTEM"
      ? Prisma.sql`x."layer"::text = ANY(${q.layer}::text[])`
      : Prisma.sql`(p."layer"::text = ANY(${q.layer}::text[]) OR c."layer"::text = ANY(${q.layer}::text[]))`);
  }
  if (q.style?.length && q.subject === "INTERFACE") parts.push(Prisma.sql`x."style"::text = ANY(${q.style}::text[])`);
  return Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}`;
}
