import "server-only";
import { pool } from "@/server/db";
import { jsonTimestamp } from "@/server/db-sql-transaction";
import type { TImportRecords } from "@/lib/schemas/interop";
import { COLUMNS, type Row, type Table } from "./import-columns";

/** What the database holds that an import's records can match or name. */
export type ExistingState = {
  users: Row[];
  /** All teams: a parent cycle can run through teams the records do not mention. */
  teams: Row[];
  /** Current members of the teams whose records replace their membership, by team id. */
  members: Map<string, { userId: string; role: string }[]>;
  systems: Row[];
  interfaces: Row[];
  /** The newest contract version's sha256, by interface id. */
  contractSha: Map<string, string>;
};

export type LoadExistingOptions = { records: TImportRecords; prune?: { team: string } };

const ENUMS = new Set(["role", "kind", "layer", "lifecycle", "style", "mode", "authMethod", "contractFormat"]);
// updatedAt as JSON.stringify writes a Date: the audit's `before` keeps it so.
const selectList = (table: Table) =>
  [`"id", "version", ${jsonTimestamp('"updatedAt"')} AS "updatedAt"`,
    ...COLUMNS[table].map((c) => (ENUMS.has(c) ? `"${c}"::text AS "${c}"` : `"${c}"`))].join(", ");

const uniq = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];

/**
 * A handful of set-based reads, whatever the number of records: by key (or email) and by
 * sourceRef, then the records those rows point at (owners, ends of interfaces) so a diff can name
 * them by key. Run before the writing transaction; the writes guard on `version`, so a record
 * changed in between makes the import fail cleanly instead of overwriting.
 */
export async function loadExisting({ records, prune }: LoadExistingOptions): Promise<ExistingState> {
  // On the pg pool, not Prisma's $queryRawUnsafe: for the 25k rows of a large estate Prisma's
  // raw-result mapping cost ~0.8 s of CPU and as many short-lived objects again.
  const q = async <T = Row>(sql: string, ...args: unknown[]) => (await pool().query(sql, args)).rows as T[];
  const refs = (list: { sourceRef?: string }[]) => uniq(list.map((r) => r.sourceRef));
  const ifaceKeys = uniq(records.interfaces.map((i) => i.key));
  const systemKeys = uniq([
    ...records.systems.map((s) => s.key),
    ...records.interfaces.flatMap((i) => [i.provider, i.consumer, i.via]),
  ]);
  const emails = uniq([
    ...records.people.map((p) => p.email),
    ...records.teams.flatMap((t) => (t.members ?? []).map((m) => m.email)),
    ...records.systems.flatMap((s) => [s.technicalOwner, s.businessOwner]),
    ...records.interfaces.map((i) => i.technicalOwner),
  ]).map((e) => e.toLowerCase());

  const [teams, systems, interfaces] = await Promise.all([
    q(`SELECT ${selectList("Team")} FROM "Team"`),
    q(`SELECT ${selectList("System")} FROM "System" WHERE "key" = ANY($1::text[]) OR "sourceRef" = ANY($2::text[])
       OR ($3::text IS NOT NULL AND "teamId" = (SELECT "id" FROM "Team" WHERE "key" = $3))`,
      systemKeys, refs(records.systems), prune?.team ?? null),
    // For prune also every interface of the team or touching its systems: another team's use of a
    // system keeps it from being deleted.
    q(`WITH tm AS (SELECT "id" FROM "Team" WHERE "key" = $3), ts AS (SELECT "id" FROM "System" WHERE "teamId" IN (SELECT "id" FROM tm))
       SELECT ${selectList("Interface")} FROM "Interface" WHERE "key" = ANY($1::text[]) OR "sourceRef" = ANY($2::text[])
       OR "teamId" IN (SELECT "id" FROM tm) OR "providerSystemId" IN (SELECT "id" FROM ts)
       OR "consumerSystemId" IN (SELECT "id" FROM ts) OR "viaSystemId" IN (SELECT "id" FROM ts)`,
      ifaceKeys, refs(records.interfaces), prune?.team ?? null),
  ]);

  // The ends of loaded interfaces the records do not name: a diff shows them by key.
  const knownSystems = new Set(systems.map((s) => s.id));
  const moreSystemIds = uniq(interfaces.flatMap((i) => [i.providerSystemId, i.consumerSystemId, i.viaSystemId] as string[]))
    .filter((id) => !knownSystems.has(id));
  if (moreSystemIds.length) systems.push(...(await q(`SELECT ${selectList("System")} FROM "System" WHERE "id" = ANY($1::text[])`, moreSystemIds)));

  const teamIdsWithMembers = teams.filter((t) => records.teams.some((r) => r.members && (r.key === t.key || (r.sourceRef && r.sourceRef === t.sourceRef)))).map((t) => t.id);
  const [memberRows, contractRows] = await Promise.all([
    q<{ teamId: string; userId: string; role: string }>(
      `SELECT "teamId", "userId", "role"::text AS "role" FROM "TeamMember" WHERE "teamId" = ANY($1::text[]) ORDER BY "userId"`, teamIdsWithMembers),
    q<{ interfaceId: string; sha256: string }>(
      `SELECT DISTINCT ON ("interfaceId") "interfaceId", "sha256" FROM "ContractVersion" WHERE "interfaceId" = ANY($1::text[])
       ORDER BY "interfaceId", "number" DESC`, interfaces.map((i) => i.id)),
  ]);

  const userIds = uniq([
    ...systems.flatMap((s) => [s.technicalOwnerId, s.businessOwnerId] as string[]),
    ...interfaces.map((i) => i.technicalOwnerId as string),
    ...memberRows.map((m) => m.userId),
  ]);
  const users = await q(`SELECT ${selectList("User")} FROM "User" WHERE lower("email") = ANY($1::text[]) OR "sourceRef" = ANY($2::text[])
     OR "id" = ANY($3::text[])`, emails, refs(records.people), userIds);

  const members = new Map<string, { userId: string; role: string }[]>(teamIdsWithMembers.map((id) => [id, []]));
  for (const m of memberRows) members.get(m.teamId)!.push({ userId: m.userId, role: m.role });
  return { users, teams, members, systems, interfaces, contractSha: new Map(contractRows.map((c) => [c.interfaceId, c.sha256])) };
}
