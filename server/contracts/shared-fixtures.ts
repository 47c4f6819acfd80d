// The contract fixtures of the team's shared folder (../shared/fixtures beside the checkout), for
// tests and `npm run bench:contracts`; never copied into the repository. A worktree sits one level
// deeper than the main checkout, so the nearest shared/fixtures above the checkout is taken.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

function findFixturesDir(): string {
  for (let dir = path.dirname(ROOT); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "shared", "fixtures");
    if (existsSync(path.join(candidate, "openapi"))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`no shared/fixtures/openapi above ${ROOT}: the contract fixtures are missing`);
  }
}

export const FIXTURES_DIR = findFixturesDir();

/** File names in fixtures/<kind>, sorted. */
export const fixtureNames = (kind: "openapi" | "asyncapi") => readdirSync(path.join(FIXTURES_DIR, kind)).sort();

export const readFixture = (kind: "openapi" | "asyncapi", name: string) => readFileSync(path.join(FIXTURES_DIR, kind, name), "utf8");
