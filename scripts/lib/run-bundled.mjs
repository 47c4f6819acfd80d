// Runs a TypeScript entry (scripts/start.ts for npm start, scripts/serve.ts for tests and
// benchmarks) in THIS process, as plain JavaScript: esbuild bundles it with the server code it
// imports into .data/bundle/, then it is imported. Why not tsx: `tsx file.ts` is two Node
// processes (a supervisor that relays signals, and the program), and in the program tsx keeps a
// loader thread and an esbuild worker alive for the process's whole life — measured 85 MB more
// resident for the same server (311 against 227 MB after its first request).
//   node scripts/lib/run-bundled.mjs scripts/start.ts [args…]
import { build, stop } from "esbuild";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "../..");
// Beside the embedded clusters (git- and lint-ignored), not in .next: `next build`, which npm start
// runs after this, empties .next. Two levels below ROOT, like scripts/lib/, so
// `import.meta.dirname + "../.."` (ROOT in scripts/lib/schema-engine.ts) still names the checkout.
const OUT = path.join(ROOT, ".data", "bundle");
const TSCONFIG = path.join(ROOT, "tsconfig.serve.json");
// Names tsconfig maps to our own files (server-only → its stub) are not packages to leave alone.
const aliases = new Set(Object.keys(JSON.parse(readFileSync(TSCONFIG, "utf8")).compilerOptions.paths));

const exportsMaps = new Map();
const hasExports = (manifest) => {
  if (!exportsMaps.has(manifest)) exportsMaps.set(manifest, "exports" in JSON.parse(readFileSync(manifest, "utf8")));
  return exportsMaps.get(manifest);
};

/**
 * Packages stay in node_modules (loaded by Node as they are). Next.js publishes subpaths such as
 * `next/server` as bare files without an `exports` map: Node's ESM loader then needs the file
 * name, which tsx and bundlers supply.
 */
const packagesAsFiles = {
  name: "packages-as-files",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("node:")) return { path: args.path, external: true };
      if (aliases.has(args.path)) return undefined;
      const [scope, name, ...rest] = args.path.split("/");
      const pkg = scope.startsWith("@") ? `${scope}/${name}` : scope;
      const sub = scope.startsWith("@") ? rest : [name, ...rest].filter(Boolean);
      const manifest = path.join(ROOT, "node_modules", pkg, "package.json");
      if (!existsSync(manifest)) return undefined; // a tsconfig path such as @/server/…
      if (sub.length && !hasExports(manifest) && existsSync(path.join(ROOT, "node_modules", pkg, `${sub.join("/")}.js`))) {
        return { path: `${args.path}.js`, external: true };
      }
      return { path: args.path, external: true };
    });
  },
};

/**
 * Bundles `entry` and returns the file to import. Every output is named by its content hash and
 * written whole (temporary file, then rename), so servers started at the same moment — the test
 * run's and a second instance — never read each other's half-written files.
 */
export async function bundle(entry) {
  const result = await build({
    entryPoints: [path.resolve(ROOT, entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Dynamic imports stay separate files loaded when reached: scripts/serve.ts loads the route
    // modules only after Next.js has set up its runtime.
    splitting: true,
    outdir: OUT,
    entryNames: "[name]-[hash]",
    chunkNames: "chunk-[hash]",
    outExtension: { ".js": ".mjs" }, // ES modules whatever a package.json around says
    tsconfig: TSCONFIG, // @/… paths, and the server-only stub
    plugins: [packagesAsFiles],
    sourcemap: "linked", // for node --enable-source-maps; costs nothing otherwise
    write: false,
    logLevel: "warning",
  });
  await stop(); // esbuild's service process is not needed again
  mkdirSync(OUT, { recursive: true });
  for (const file of result.outputFiles) {
    if (existsSync(file.path)) continue;
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  const main = result.outputFiles.find((f) => f.path.endsWith(".mjs") && path.basename(f.path).startsWith(`${path.parse(entry).name}-`));
  return main.path;
}

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/lib/run-bundled.mjs <entry.ts> [args…]");
  process.exit(2);
}
const file = await bundle(entry);
// The program sees its own arguments as if it had been started directly.
process.argv = [process.argv[0], path.resolve(ROOT, entry), ...args];
await import(pathToFileURL(file).href);
