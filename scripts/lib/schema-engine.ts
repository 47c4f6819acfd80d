// Drives Prisma's schema engine compiled to wasm, because the native engine cannot be downloaded
// on offline machines (see ../shared/notes/database.md). It applies the ordinary
// prisma/migrations folder and records it in _prisma_migrations exactly as `prisma migrate deploy`
// does, so the standard CLI accepts the same database later.
import { createHash, randomUUID } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");

// The engine reads pg_catalog columns of type "char" (oid 18), which the adapter cannot map
// (it throws on that oid). We let the adapter read them as text (oid 25), remember their names,
// and report them to the engine as Character (ColumnTypeEnum 6), the type it asks for.
const CHAR_COLUMNS = new Set<string>();
const CHARACTER_COLUMN_TYPE = 6;
class CharAsTextPool extends pg.Pool {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    if (result && typeof result.then === "function") {
      return result.then((res: pg.QueryResult) => {
        for (const field of res?.fields ?? []) if (field.dataTypeID === 18) {
          field.dataTypeID = 25;
          CHAR_COLUMNS.add(field.name);
        }
        return res;
      });
    }
    return result;
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

type Factory = {
  provider: "postgres";
  adapterName: string;
  connect(): Promise<unknown>;
  connectToShadowDb(): Promise<unknown>;
};

// A factory whose shadow database we create and drop ourselves (the adapter's own leaks it and,
// given a connection string, points its shadow pool at the main database).
function adapterFactory(url: string, shadows: string[]): Factory {
  const pools: pg.Pool[] = [];
  const adapterFor = async (connectionString: string) => {
    const pool = new CharAsTextPool({ connectionString, max: 4 });
    pools.push(pool);
    const adapter = await new PrismaPg(pool).connect();
    // The adapter splits scripts on every ";", which breaks dollar-quoted function bodies and
    // applies a migration statement by statement. PostgreSQL runs a multi-statement simple
    // query as one implicit transaction: send the script whole, as the native engine does.
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        (adapter as unknown as { onError: (e: unknown) => never }).onError(error);
      }
    };
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      const result = await queryRaw(query);
      result.columnNames.forEach((name, i) => {
        if (CHAR_COLUMNS.has(name)) (result.columnTypes as number[])[i] = CHARACTER_COLUMN_TYPE;
      });
      return result;
    };
    return adapter;
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => adapterFor(url),
    async connectToShadowDb() {
      const name = `junction_shadow_${randomUUID().replace(/-/g, "")}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      shadows.push(name);
      return adapterFor(withDatabase(url, name));
    },
    // @ts-expect-error extra: closes everything we opened
    async close() {
      await Promise.all(pools.map((p) => p.end().catch(() => undefined)));
      if (shadows.length === 0) return;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      for (const name of shadows) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function loadWasmEngine() {
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const glue = await import(path.join(dir, "schema_engine_bg.js"));
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const messages: string[] = [];
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (m: string) => {
      messages.push(m);
      console.error(`[schema-engine] ${m}`);
    },
  };
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return glue;
}

export async function loadMigrationsList() {
  const entries = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    entries.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  );
  const lock = await readFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), "utf8").catch(
    () => 'provider = "postgresql"\n',
  );
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: lock },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

export const checksum = (sql: string) => createHash("sha256").update(sql).digest("hex");

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Opens the engine on `url`, runs `fn`, then closes every pool and shadow database. */
export async function withSchemaEngine<T>(
  url: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fn: (engine: any) => Promise<T>,
): Promise<T> {
  const glue = await loadWasmEngine();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const factory = adapterFactory(url, []);
  const log = (line: string) => {
    if (process.env.JUNCTION_DEBUG_ENGINE) console.error(line);
  };
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory as never),
  );
  try {
    return await fn(engine);
  } finally {
    try {
      engine.free?.();
    } catch {
      /* already freed */
    }
    await (factory as unknown as { close: () => Promise<void> }).close();
  }
}
