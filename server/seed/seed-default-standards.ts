// The default standards catalogue, once per database (npm start and the test setup call this).
// Relative imports: scripts run it outside Next.js.
import type { Db } from "../db-client";
import { ZStandardCreate } from "../../lib/schemas/standard";
import { DEFAULT_STANDARDS } from "./default-standards";

const SEEDED_KEY = "standards-seeded-at";
const SEED_LOCK = 7_340_002;

/** Adds the default catalogue unless it was added before (also when an admin deleted it since); false then. */
export async function seedDefaultStandards(prisma: Db): Promise<boolean> {
  if (await prisma.setting.findUnique({ where: { key: SEEDED_KEY } })) return false;
  // Through the same schema as the API: a default that would be refused there fails here, loudly.
  const standards = DEFAULT_STANDARDS.map((s) => ZStandardCreate.parse(s));
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
    if (await tx.setting.findUnique({ where: { key: SEEDED_KEY } })) return false;
    for (const s of standards) {
      const created = await tx.standard.create({ data: { ...s, checkKind: s.check.kind } });
      await tx.auditEntry.create({
        data: { actorLabel: "seed", action: "CREATE", entityType: "STANDARD", entityId: created.id, after: JSON.parse(JSON.stringify(s)) },
      });
    }
    await tx.setting.create({ data: { key: SEEDED_KEY, value: new Date().toISOString() } });
    // The results are computed by the first read (the insert marked every record to evaluate).
    return true;
  });
}
