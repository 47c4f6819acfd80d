import "server-only";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { TSystemListQuery } from "@/lib/schemas/system";
import { JsonText } from "@/server/http/json-text";
import { likePattern } from "@/server/shared/list-args";
import { SYSTEM_JSON, SYSTEM_JSON_JOINS } from "./system-json-sql";

const MISSING = {
  team: Prisma.sql`"teamId" IS NULL`,
  technicalOwner: Prisma.sql`"technicalOwnerId" IS NULL`,
  businessOwner: Prisma.sql`"businessOwnerId" IS NULL`,
};

export type ListSystemsOptions = { query: TSystemListQuery };

// Sort fields are validated against SYSTEM_SORTS by the query schema; this maps them to columns.
const SORT_COLUMNS: Record<string, string> = {
  key: '"key"', name: '"name"', kind: '"kind"', layer: '"layer"', tier: '"tier"',
  lifecycle: '"lifecycle"', createdAt: '"createdAt"', updatedAt: '"updatedAt"',
};

function whereClause(q: TSystemListQuery): Prisma.Sql {
  const c: Prisma.Sql[] = [];
  if (q.q) c.push(Prisma.sql`"searchText" LIKE ${likePattern(q.q.toLowerCase())}`);
  // Casting the parameter (not the column) keeps the (kind, name)-style indexes usable.
  if (q.kind) c.push(Prisma.sql`"kind" = ANY(${q.kind}::"SystemKind"[])`);
  if (q.layer) c.push(Prisma.sql`"layer" = ANY(${q.layer}::"Layer"[])`);
  if (q.lifecycle) c.push(Prisma.sql`"lifecycle" = ANY(${q.lifecycle}::"Lifecycle"[])`);
  if (q.tier) c.push(Prisma.sql`"tier" = ANY(${q.tier}::int[])`);
  if (q.teamId) c.push(Prisma.sql`"teamId" = ${q.teamId}`);
  for (const field of q.missing ?? []) c.push(MISSING[field]);
  if (q.isThirdParty !== undefined) c.push(Prisma.sql`"isThirdParty" = ${q.isThirdParty}`);
  if (q.tag) c.push(Prisma.sql`${q.tag} = ANY("tags")`);
  if (q.ownerId) c.push(Prisma.sql`("technicalOwnerId" = ${q.ownerId} OR "businessOwnerId" = ${q.ownerId})`);
  return c.length ? Prisma.sql`WHERE ${Prisma.join(c, " AND ")}` : Prisma.empty;
}

/** One page of systems, as JSON text built by PostgreSQL (see system-json-sql.ts). */
export async function listSystems({ query }: ListSystemsOptions): Promise<JsonText> {
  const where = whereClause(query);
  const desc = query.sort.startsWith("-");
  const column = SORT_COLUMNS[query.sort.replace(/^-/, "")];
  const direction = desc ? "DESC" : "ASC";
  const order = Prisma.raw(`${column} ${direction}, "id" ASC`);
  const outerOrder = Prisma.raw(`s.${column} ${direction}, s."id" ASC`);
  const offset = (query.page - 1) * query.pageSize;
  const [[page], [count]] = await Promise.all([
    db().$queryRaw<{ items: string }[]>`
      SELECT coalesce(json_agg(${SYSTEM_JSON} ORDER BY ${outerOrder}), '[]')::text AS items
        FROM (SELECT * FROM "System" ${where} ORDER BY ${order} OFFSET ${offset} LIMIT ${query.pageSize}) s
        ${SYSTEM_JSON_JOINS}`,
    db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "System" ${where}`,
  ]);
  return new JsonText(`{"items":${page.items},"total":${count.total},"page":${query.page},"pageSize":${query.pageSize}}`);
}
