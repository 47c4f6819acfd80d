// The transaction client the bulk loader writes through: a script's Prisma client (the loader
// runs outside Next.js, so it cannot use server/db.ts).
import type { ScriptPrisma } from "../../scripts/lib/prisma";

export type ImportTx = Parameters<Parameters<ScriptPrisma["$transaction"]>[0]>[0];
