// Another instance of the production build on the suite's database, on a free port: for tests of
// several instances, or of settings the suite's own server does not have.
import { existsSync } from "node:fs";
import path from "node:path";
import { startServer, type RunningServer } from "@/scripts/lib/server";
import { DATABASE_URL } from "./db";
import { freePort } from "./free-port";

const BUILD_ID = path.resolve(import.meta.dirname, "../../../.next/BUILD_ID");

/** Starts it with `env` added to this process's environment (which startServer passes on). */
export async function startSecondInstance(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(BUILD_ID)) {
    throw new Error(`A second instance needs a production build (${BUILD_ID} is missing): run \`npx next build\` first`);
  }
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await startServer({ port: await freePort(), databaseUrl: DATABASE_URL, quiet: true });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
