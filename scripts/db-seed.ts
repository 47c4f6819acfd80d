// npm run db:seed — migrations, then the demo estate ("Lumen Retail Group") if it is not there
// yet, on the same database `npm start` uses (embedded unless DATABASE_URL is set). npm start does
// this by itself; this is for a database prepared by hand or emptied.
import { resolveDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrate";
import { createClient } from "../server/db-client";
import { seedDemo } from "../server/seed/seed-demo";

const db = await resolveDatabase("dev");
try {
  await applyMigrations(db.url);
  const prisma = createClient({ url: db.url });
  const seeded = await seedDemo(prisma);
  await prisma.$disconnect();
  console.log(seeded ? "[seed] demo estate created" : "[seed] demo estate already present: nothing to do");
} finally {
  await db.stop();
}
