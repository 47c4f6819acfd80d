// npm run seed:synthetic -- --systems N [--reset] [--seed S]
// Loads a large random-but-deterministic estate (N systems, ~4N interfaces, max(8, N/100) teams,
// 5 people per team) into DATABASE_URL or the embedded dev database, after applying migrations.
// Every key starts with "syn-", so it never collides with the demo estate. Re-running is safe:
// when a synthetic estate is already present it is left alone, unless --reset is given, which
// deletes the previous synthetic records and loads the new ones in the same transaction.
import { resolveDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrate";
import { createClient } from "../server/db-client";
import { generateSyntheticEstate, SYNTHETIC_PREFIX } from "../server/import/generate-synthetic-estate";
import { IMPORT_TRANSACTION, analyzeEstateTables, importEstateInTransaction } from "../server/import/import-estate";
import { removeSyntheticEstate } from "../server/import/remove-synthetic-estate";

const ACTOR = "seed:synthetic";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const systems = Number(option("systems") ?? 1000);
const seed = option("seed") === undefined ? undefined : Number(option("seed"));
const reset = process.argv.includes("--reset");
if (!Number.isInteger(systems) || systems < 1 || systems > 20_000) {
  console.error("Usage: npm run seed:synthetic -- --systems N [--reset] [--seed S]   (1 ≤ N ≤ 20000)");
  process.exit(2);
}
if (seed !== undefined && !Number.isInteger(seed)) {
  console.error("--seed takes an integer");
  process.exit(2);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const db = await resolveDatabase("dev");
let exitCode = 0;
const prisma = createClient({ url: db.url });
try {
  await applyMigrations(db.url);
  const present = await prisma.system.count({ where: { key: { startsWith: SYNTHETIC_PREFIX } } });
  if (present && !reset) {
    console.log(`[synthetic] ${present} synthetic systems are already present; nothing done (pass --reset to replace them)`);
  } else {
    const started = performance.now();
    const estate = generateSyntheticEstate({ systems, seed });
    console.log(`[synthetic] generated ${estate.systems.length} systems, ${estate.interfaces.length} interfaces, ` +
      `${estate.teams.length} teams, ${estate.users.length} people in ${seconds(started)}`);
    const loading = performance.now();
    const result = await prisma.$transaction(async (tx) => {
      const removed = reset ? await removeSyntheticEstate(tx, { actorLabel: ACTOR }) : undefined;
      return { removed, imported: await importEstateInTransaction(tx, { actorLabel: ACTOR, estate }) };
    }, IMPORT_TRANSACTION);
    await analyzeEstateTables(prisma);
    if (result.removed) console.log(`[synthetic] removed the previous synthetic estate: ${JSON.stringify(result.removed)}`);
    console.log(`[synthetic] imported ${JSON.stringify(result.imported)} in ${seconds(loading)} (total ${seconds(started)})`);
  }
} catch (error) {
  console.error("[synthetic] failed:", error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.stop();
}
process.exit(exitCode);
