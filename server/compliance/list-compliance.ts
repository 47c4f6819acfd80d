import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { TComplianceMatrix, TComplianceQuery, TComplianceRow, TComplianceStatus } from "@/lib/schemas/compliance";
import { complianceFilters, complianceFrom, complianceWhere } from "./compliance-row-sql";
import { readStandardRefs } from "./read-standard-refs";
import { settleAllCompliance } from "./settle-compliance";

export type ListComplianceOptions = { query: TComplianceQuery; all?: boolean };

const ORDER: Record<string, Prisma.Sql> = {
  key: Prisma.sql`x."key"`,
  name: Prisma.sql`x."name"`,
  level: Prisma.sql`r."level"`,
  score: Prisma.sql`r."score"`,
  failing: Prisma.sql`r."failing"`,
};

async function countRows(query: TComplianceQuery): Promise<number> {
  // Filters on the results alone count the results alone (one row per record, kept so by the
  // records' delete triggers): joining 50,000 interfaces to count them took 270 ms.
  const { onResults, onRecord } = complianceFilters(query);
  const [{ n }] = onRecord.length === 0
    ? await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "ComplianceRecord" r
        WHERE ${Prisma.join([Prisma.sql`r."subjectType" = ${query.subject}::"SubjectType"`, ...onResults], " AND ")}`
    : await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${complianceFrom(query)} ${complianceWhere(query)}`;
  return n;
}

type Row = Omit<TComplianceRow, "results" | "team"> & { results: Record<string, string>; teamId: string | null; teamKey: string | null; teamName: string | null };

/** The compliance matrix: records × active standards, filtered, sorted and paged (or all rows, for CSV). */
export async function listCompliance({ query, all = false }: ListComplianceOptions): Promise<TComplianceMatrix> {
  await settleAllCompliance();
  const desc = query.sort.startsWith("-");
  const order = Prisma.sql`${ORDER[query.sort.replace(/^-/, "")]} ${Prisma.raw(desc ? "DESC" : "ASC")}, x."id" ASC`;
  const limit = all ? Prisma.empty : Prisma.sql`LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
  // The count on its own: a window count over the page query made PostgreSQL build every
  // matching row, results included, to return fifty (1.6 s at 50,000 interfaces).
  const [standards, rows, total] = await Promise.all([
    readStandardRefs({ appliesTo: query.subject }),
    db().$queryRaw<Row[]>`
      SELECT x."id", x."key", x."name", x."tier", t."id" AS "teamId", t."key" AS "teamKey", t."name" AS "teamName",
             r."level"::text AS "level", r."score", r."failing", r."applicable", r."results"
        ${complianceFrom(query)} ${complianceWhere(query)}
       ORDER BY ${order} ${limit}`,
    all ? Promise.resolve(undefined) : countRows(query),
  ]);
  const items = rows.map(({ results, teamId, teamKey, teamName, ...row }) => ({
    ...row,
    team: teamId ? { id: teamId, key: teamKey!, name: teamName! } : null,
    results: results as Record<string, TComplianceStatus>,
  }));
  return { standards, items, total: total ?? items.length, page: all ? 1 : query.page, pageSize: all ? items.length : query.pageSize };
}
