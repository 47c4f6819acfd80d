import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";

export type ListUnmappedOptions = { page: number; pageSize: number };

/**
 * Unresolved alerts no rule mapped, grouped by the value of each label a rule looks at (service,
 * job, …): the rows a person maps with "map this label value to …". Most alerts first.
 */
export async function listUnmapped({ page, pageSize }: ListUnmappedOptions) {
  const labels = (await db().alertMappingRule.findMany({ distinct: ["label"], select: { label: true } })).map((r) => r.label);
  const base = Prisma.sql`FROM "Alert" a, jsonb_each_text(a."labels") l
    WHERE a."systemId" IS NULL AND a."state" <> 'RESOLVED' AND l."key" = ANY(${labels}::text[])`;
  const [items, totals] = await Promise.all([
    db().$queryRaw<{ label: string; value: string; count: number }[]>(Prisma.sql`
      SELECT l."key" AS "label", l."value", count(*)::int AS "count" ${base}
      GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    db().$queryRaw<{ total: number; alerts: number }[]>(Prisma.sql`
      SELECT (SELECT count(*)::int FROM (SELECT 1 ${base} GROUP BY l."key", l."value") g) AS "total",
             (SELECT count(*)::int FROM "Alert" WHERE "systemId" IS NULL AND "state" <> 'RESOLVED') AS "alerts"`),
  ]);
  return { items, total: totals[0].total, alerts: totals[0].alerts };
}
