// Applies prisma/migrations to a database and verifies the result, so nothing can report
// success without the migrations really being applied.
import pg from "pg";
import { NO_FILTERS, checksum, loadMigrationsList, withSchemaEngine } from "./schema-engine";

export async function applyMigrations(url: string): Promise<string[]> {
  const list = await loadMigrationsList();
  if (list.migrationDirectories.length === 0) throw new Error("prisma/migrations holds no migration");
  const out: { appliedMigrationNames: string[] } = await withSchemaEngine(url, (engine) =>
    engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS }),
  );
  await verifyApplied(url, list.migrationDirectories.map((d) => ({ name: d.path, sql: d.migrationFile.content.value })));
  return out.appliedMigrationNames as string[];
}

async function verifyApplied(url: string, expected: { name: string; sql: string }[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM _prisma_migrations WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.filter((r) => r.finished_at).map((r) => [r.migration_name, r.checksum]));
    for (const m of expected) {
      const sum = applied.get(m.name);
      if (!sum) throw new Error(`migration ${m.name} is not recorded as applied`);
      if (sum !== checksum(m.sql)) throw new Error(`migration ${m.name} was edited after it was applied`);
    }
  } finally {
    await client.end();
  }
}
