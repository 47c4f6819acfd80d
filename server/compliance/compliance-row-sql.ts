import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { TComplianceQuery } from "@/lib/schemas/compliance";

// The matrix and the summary read ComplianceRecord joined to its record (systems or interfaces)
// with the same filters: one FROM … WHERE for both. An interface's ends (p, c) are joined only
// when something reads them (a layer filter, the summary's layers): two more joins over 50,000
// rows kept the matrix's first page from walking an index in order.
export function complianceFrom(q: Partial<Pick<TComplianceQuery, "layer">> & Pick<TComplianceQuery, "subject">, ends = false) {
  if (q.subject === "SYSTEM") {
    return Prisma.sql`FROM "ComplianceRecord" r JOIN "System" x ON x."id" = r."subjectId" AND r."subjectType" = 'SYSTEM'
                 LEFT JOIN "Team" t ON t."id" = x."teamId"`;
  }
  const withEnds = ends || (q.layer?.length ?? 0) > 0
    ? Prisma.sql`JOIN "System" p ON p."id" = x."providerSystemId" JOIN "System" c ON c."id" = x."consumerSystemId"`
    : Prisma.empty;
  return Prisma.sql`FROM "ComplianceRecord" r JOIN "Interface" x ON x."id" = r."subjectId" AND r."subjectType" = 'INTERFACE'
                 ${withEnds} LEFT JOIN "Team" t ON t."id" = x."teamId"`;
}

type Filterable = Partial<TComplianceQuery> & Pick<TComplianceQuery, "subject">;

/** The filters, split into those on the results alone (r) and those that need the record (x, p, c). */
export function complianceFilters(q: Filterable): { onResults: Prisma.Sql[]; onRecord: Prisma.Sql[] } {
  const onResults: Prisma.Sql[] = [];
  if (q.level?.length) onResults.push(Prisma.sql`r."level"::text = ANY(${q.level}::text[])`);
  if (q.failing) onResults.push(Prisma.sql`r."failing" > 0`);
  if (q.standardId) onResults.push(Prisma.sql`r."results" ? ${q.standardId}`);
  const parts: Prisma.Sql[] = [];
  if (q.q) parts.push(Prisma.sql`x."searchText" LIKE ${`%${q.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`}`);
  if (q.teamId) parts.push(Prisma.sql`x."teamId" = ${q.teamId}`);
  if (q.tier?.length) parts.push(Prisma.sql`x."tier" = ANY(${q.tier}::int[])`);
  if (q.layer?.length) {
    parts.push(q.subject === "SYSTEM"
      ? Prisma.sql`x."layer"::text = ANY(${q.layer}::text[])`
      : Prisma.sql`(p."layer"::text = ANY(${q.layer}::text[]) OR c."layer"::text = ANY(${q.layer}::text[]))`);
  }
  if (q.style?.length && q.subject === "INTERFACE") parts.push(Prisma.sql`x."style"::text = ANY(${q.style}::text[])`);
  return { onResults, onRecord: parts };
}

export function complianceWhere(q: Filterable) {
  const { onResults, onRecord } = complianceFilters(q);
  return Prisma.sql`WHERE ${Prisma.join([Prisma.sql`TRUE`, ...onResults, ...onRecord], " AND ")}`;
}
