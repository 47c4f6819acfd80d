import "server-only";
import { hotRows } from "@/server/db-hot";
import { Prisma } from "@/server/generated/prisma/client";
import type { TSignalTarget } from "@/lib/schemas/health-ingest";

/** A target found: its id, and what it is (system kind or interface style: is it a job?). */
export type ResolvedTarget = { id: string; type: "SYSTEM" | "INTERFACE"; kind: string };

export type ResolveTargetsOptions = { targets: TSignalTarget[] };

type Row = ResolvedTarget & { key: string };

/**
 * The records a batch names, by id or key, in one query (whatever the batch size): the answer is
 * in the order of `targets`, null where nothing matches.
 */
export async function resolveTargets({ targets }: ResolveTargetsOptions): Promise<(ResolvedTarget | null)[]> {
  const wanted = { SYSTEM: { ids: new Set<string>(), keys: new Set<string>() }, INTERFACE: { ids: new Set<string>(), keys: new Set<string>() } };
  for (const t of targets) {
    if (t.id !== undefined) wanted[t.type].ids.add(t.id);
    else if (t.key !== undefined) wanted[t.type].keys.add(t.key);
  }
  const list = (s: Set<string>) => [...s];
  const rows = await hotRows<Row>("junction_resolve_health_targets", Prisma.sql`
    SELECT 'SYSTEM' AS "type", s."id", s."key", s."kind"::text AS "kind" FROM "System" s
     WHERE s."id" = ANY(${list(wanted.SYSTEM.ids)}::text[]) OR s."key" = ANY(${list(wanted.SYSTEM.keys)}::text[])
    UNION ALL
    SELECT 'INTERFACE', i."id", i."key", i."style"::text FROM "Interface" i
     WHERE i."id" = ANY(${list(wanted.INTERFACE.ids)}::text[]) OR i."key" = ANY(${list(wanted.INTERFACE.keys)}::text[])`);
  const byId = new Map(rows.map((r) => [`${r.type}:id:${r.id}`, r]));
  const byKey = new Map(rows.map((r) => [`${r.type}:key:${r.key}`, r]));
  return targets.map((t) => {
    const row = t.id !== undefined ? byId.get(`${t.type}:id:${t.id}`) : byKey.get(`${t.type}:key:${t.key}`);
    return row ? { id: row.id, type: row.type, kind: row.kind } : null;
  });
}
