// A Prisma client for scripts (seed, benchmarks, tests), which run outside Next.js.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../server/generated/prisma/client";

export function scriptPrisma(url: string, max = 8) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });
}
export type ScriptPrisma = ReturnType<typeof scriptPrisma>;
