#!/usr/bin/env node
// `junction`, the CLI (package.json "bin"; run it as `npx junction …` in this repository). The
// source is TypeScript (cli/main.ts) using the app's own schemas: tsx, already a dependency,
// compiles it on the fly, so there is no build step to forget.
import path from "node:path";
import { tsImport } from "tsx/esm/api";

const tsconfig = path.join(import.meta.dirname, "..", "tsconfig.json");
const { main } = await tsImport("./main.ts", { parentURL: import.meta.url, tsconfig });
process.exitCode = await main(process.argv);
