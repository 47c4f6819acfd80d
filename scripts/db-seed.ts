// npm run db:seed — migrations, then the demo estate ("Lumen Retail Group") if it is not there
// yet, on the same database `npm start` uses (embedded unless DATABASE_URL is set). npm start does
// this by itself (it runs this script); by hand it is for a database prepared by hand or emptied.
import { resolveDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrate";
import { createClient } from "../server/db-client";
import { seedDemo } from "../server/seed/seed-demo";
import { seedDefaultStandards } from "../server/seed/seed-default-standards";

const db = await resolveDatabase("dev");
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `[db] applied migrations: ${applied.join(", ")}` : "[db] migrations up to date");
  const prisma = createClient({ url: db.url });
  const seeded = await seedDemo(prisma);
  const standards = await seedDefaultStandards(prisma);
  await prisma.$disconnect();
  console.log(seeded ? "[seed] demo estate created" : "[seed] demo estate already present");
  if (standards) console.log("[seed] default standards catalogue added");
} finally {
  await db.stop();
}
process.exit(0); // nothing of the schema engine or the pool may keep npm start waiting
