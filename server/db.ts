// The Prisma singleton. Password hashes never leave the server: they are omitted globally and
// selected explicitly only where a password is verified.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/server/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_SIZE });
  return new PrismaClient({
    adapter,
    omit: {
      user: { passwordHash: true },
      apiToken: { tokenHash: true },
      // Internal search columns (maintained by triggers), not part of the API.
      system: { searchText: true },
      interface: { searchText: true },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { junctionPrisma?: Db };

export function db(): Db {
  globalForPrisma.junctionPrisma ??= createClient();
  return globalForPrisma.junctionPrisma;
}
