import "server-only";

/** Deadlock (40P01) or serialization failure (40001), however Prisma wrapped it. */
function isTransient(error: unknown): boolean {
  const e = error as { code?: string; meta?: unknown; message?: string } | undefined;
  if (e?.code === "P2034" || e?.code === "40P01" || e?.code === "40001") return true;
  const text = `${e?.message ?? ""} ${JSON.stringify(e?.meta ?? null)}`;
  return /40P01|40001|deadlock detected/.test(text);
}

/**
 * Runs a transaction again when PostgreSQL chose it as a deadlock's victim. Rows are locked in a
 * fixed order, but a webhook's incident step may touch alerts another webhook holds (symptoms
 * moved to a new provider incident); rare, and a retry is the whole cure.
 */
export async function retryOnConflict<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (error) {
      if (i >= attempts || !isTransient(error)) throw error;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * i));
    }
  }
}
