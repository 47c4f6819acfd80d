// Generates the Prisma client. `prisma generate` needs no schema engine, but the CLI tries to
// download one unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file; generation does not
// run it. (Migrations never rely on this: they use the wasm engine, see scripts/lib/migrate.ts.)
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build/index.js");
execFileSync(process.execPath, [cli, "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath },
});
