// npm run db:migrate — applies prisma/migrations to DATABASE_URL, or to the embedded database.
import { resolveDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrate";

const db = await resolveDatabase("dev");
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `[db] applied: ${applied.join(", ")}` : "[db] database is up to date");
} finally {
  await db.stop();
}
process.exit(0);
