import "server-only";
import { db } from "@/server/db";

/**
 * Keeps answers computed from the whole estate until the database changes. The key to "changed"
 * is PostgreSQL's own: pg_current_snapshot() (xmin:xmax:running xids) moves whenever any
 * transaction that wrote something ends, and stays put otherwise — so two equal snapshots see
 * exactly the same data, in every table, on every app instance. An answer is kept only when the
 * snapshot before and after computing it are equal (nothing committed meanwhile, so every query
 * it ran saw that same data), and served again only while the snapshot still is.
 *
 * Any write anywhere (an edit, a sign-in, a token's once-a-minute lastUsedAt) drops everything:
 * the cache saves repeated reads of an unchanged estate (page loads, dashboards, paging), it does
 * not try to be clever about which write matters. The rules also depend on the clock (180 / 90
 * days): an answer is kept at most MAX_AGE_MS, so a record turns stale at most that much late.
 */
const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 200;

type Entry = { snapshot: string; at: number; value: unknown };

const store = globalThis as unknown as { junctionOwnershipCache?: Map<string, Entry> };

async function currentSnapshot(): Promise<string> {
  const [row] = await db().$queryRaw<{ snapshot: string }[]>`SELECT pg_current_snapshot()::text AS snapshot`;
  return row.snapshot;
}

export async function cacheBySnapshot<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const cache = (store.junctionOwnershipCache ??= new Map());
  const before = await currentSnapshot();
  const hit = cache.get(key);
  if (hit && hit.snapshot === before && Date.now() - hit.at < MAX_AGE_MS) return hit.value as T;
  const value = await compute();
  if ((await currentSnapshot()) === before) {
    // Snapshots never come back, so entries of an older one can only waste memory.
    for (const [k, e] of cache) if (e.snapshot !== before) cache.delete(k);
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, { snapshot: before, at: Date.now(), value });
  }
  return value;
}
