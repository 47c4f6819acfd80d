import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { TSubjectType } from "@/lib/schemas/enums";
import type { TScope } from "@/lib/schemas/standard";

/**
 * FROM … WHERE for the records of an initiative's scope, with their compliance row (r), the record
 * (x) and its team (t). The same scope semantics as a standard's (lib/standards/evaluate-record.ts
 * inScope): for interfaces, layers and kinds match either end.
 */
export function initiativeFrom(appliesTo: TSubjectType, scope: TScope) {
  const parts: Prisma.Sql[] = [Prisma.sql`r."level" <> 'NOT_RATED'`];
  const any = (col: Prisma.Sql, values: readonly (string | number)[] | undefined, cast: string) => {
    if (values?.length) parts.push(Prisma.sql`${col} = ANY(${values}::${Prisma.raw(cast)})`);
  };
  any(Prisma.sql`x."tier"`, scope.tiers, "int[]");
  any(Prisma.sql`x."lifecycle"::text`, scope.lifecycles, "text[]");
  any(Prisma.sql`x."teamId"`, scope.teamIds, "text[]");
  if (appliesTo === "SYSTEM") {
    any(Prisma.sql`x."layer"::text`, scope.layers, "text[]");
    any(Prisma.sql`x."kind"::text`, scope.kinds, "text[]");
    return Prisma.sql`FROM "ComplianceRecord" r JOIN "System" x ON x."id" = r."subjectId" AND r."subjectType" = 'SYSTEM'
      LEFT JOIN "Team" t ON t."id" = x."teamId" WHERE ${Prisma.join(parts, " AND ")}`;
  }
  any(Prisma.sql`x."style"::text`, scope.styles, "text[]");
  any(Prisma.sql`x."mode"::text`, scope.modes, "text[]");
  if (scope.layers?.length) parts.push(Prisma.sql`(p."layer"::text = ANY(${scope.layers}::text[]) OR c."layer"::text = ANY(${scope.layers}::text[]))`);
  if (scope.kinds?.length) parts.push(Prisma.sql`(p."kind"::text = ANY(${scope.kinds}::text[]) OR c."kind"::text = ANY(${scope.kinds}::text[]))`);
  return Prisma.sql`FROM "ComplianceRecord" r JOIN "Interface" x ON x."id" = r."subjectId" AND r."subjectType" = 'INTERFACE'
    JOIN "System" p ON p."id" = x."providerSystemId" JOIN "System" c ON c."id" = x."consumerSystemId"
    LEFT JOIN "Team" t ON t."id" = x."teamId" WHERE ${Prisma.join(parts, " AND ")}`;
}

/** At or above the target: the enum is declared NONE < BRONZE < SILVER < GOLD (< NOT_RATED, excluded above). */
export const atTarget = (target: string) => Prisma.sql`r."level" >= ${target}::"ComplianceLevel"`;
