// The `junction` CLI as a pipeline runs it: a child process (node cli/junction.mjs) against the
// suite's server, with a real API token in the environment. Import (Backstage, CSV), export,
// apply with --dry-run and --prune, --json, and the exit codes each outcome means.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, as, uniqueKey } from "./helpers/client";
import { freePort } from "./helpers/free-port";

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

type Run = { code: number; stdout: string; stderr: string };

/** Runs `junction <args>` with JUNCTION_URL and JUNCTION_TOKEN set; resolves with the exit code whatever it is. */
async function junction(args: string[], token: string | undefined, env: Record<string, string> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, JUNCTION_URL: BASE_URL, JUNCTION_TOKEN: token, ...env };
  if (token === undefined) delete childEnv.JUNCTION_TOKEN;
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, "cli/junction.mjs"), ...args], { env: childEnv, cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw error;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}
const json = (r: Run) => JSON.parse(r.stdout);

async function tokenFor(role: "ENGINEER" | "VIEWER"): Promise<string> {
  const created = await (await as(role)).post("/api/v1/tokens", { name: uniqueKey("cli-test") });
  expect(created.status).toBe(201);
  return created.body.secret;
}

async function tempDir() {
  return mkdtemp(path.join(os.tmpdir(), "junction-cli-"));
}

/** A small catalog of its own (fresh names each run): a group, a user, two components, an API between them, a dependsOn. */
function catalog(k: { team: string; user: string; provider: string; consumer: string; api: string }) {
  return {
    "org.yaml": `apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: ${k.team} }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: ${k.user} }
spec: { profile: { email: ${k.user}@example.test, displayName: CLI Tester }, memberOf: [${k.team}] }
`,
    "components/services.yaml": `apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: ${k.provider}, description: Serves the API }
spec: { type: service, lifecycle: production, owner: group:${k.team}, providesApis: [${k.api}] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: ${k.consumer} }
spec: { type: website, lifecycle: production, owner: ${k.team}, consumesApis: [${k.api}], dependsOn: [component:${k.provider}] }
`,
    "apis/api.yaml": `apiVersion: backstage.io/v1alpha1
kind: API
metadata: { name: ${k.api} }
spec:
  type: openapi
  lifecycle: production
  owner: ${k.team}
  definition: |
    openapi: 3.0.0
    info: { title: CLI test, version: "1" }
    paths: {}
`,
  };
}

let engineer: string;
beforeAll(async () => {
  engineer = await tokenFor("ENGINEER");
});

// Each run starts a Node process that compiles the CLI (seconds on a busy machine), and a test runs several.
describe("junction CLI", { timeout: 180_000 }, () => {
  it("answers --help with the commands and exit codes, and a bad command with exit 1", async () => {
    const help = await junction(["--help"], undefined);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/import[\s\S]*export[\s\S]*apply/);
    expect(help.stdout).toContain("5  --dry-run --exit-code");
    // README's way in: npx runs this package's own bin from anywhere in the checkout, without the registry.
    const npx = await run("npx", ["--no-install", "junction", "--help"], { cwd: path.join(ROOT, "cli") });
    expect(npx.stdout).toContain("Usage: junction");
    expect((await junction(["frobnicate"], engineer)).code).toBe(1);
    expect((await junction(["import", "backstage", "/no/such/dir"], engineer)).code).toBe(1);
  });

  it("imports a Backstage catalog directory: dry run (exit 5 with --exit-code), apply, then nothing left to change", async () => {
    const k = { team: uniqueKey("cli-team"), user: uniqueKey("cli-user"), provider: uniqueKey("cli-prov"), consumer: uniqueKey("cli-cons"), api: uniqueKey("cli-api") };
    const dir = await tempDir();
    for (const [name, text] of Object.entries(catalog(k))) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }

    const plan = await junction(["--json", "import", "backstage", dir, "--dry-run", "--exit-code"], engineer);
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(5);
    const planned = json(plan);
    expect(planned).toMatchObject({ dryRun: true, applied: false, batchId: null, problems: [] });
    expect(planned.counts.teams.create).toBe(1);
    expect(planned.counts.systems.create).toBe(2);
    expect(planned.counts.interfaces.create).toBe(2);
    const system = await (await as("ENGINEER")).get(`/api/v1/systems/${k.provider}`);
    expect(system.status).toBe(404);

    const applied = await junction(["import", "backstage", dir], engineer);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/— applied/);
    expect(applied.stdout).toMatch(/^systems\s+2\s+0\s+0\s+0\s+0$/m);
    expect(applied.stdout).toMatch(/Batch [a-z0-9]{20,40}/);
    const created = await (await as("ENGINEER")).get(`/api/v1/systems/${k.provider}`);
    expect(created.status).toBe(200);
    expect(created.body.team.key).toBe(k.team);

    const again = await junction(["--json", "import", "backstage", dir, "--dry-run", "--exit-code"], engineer);
    expect(again.code).toBe(0);
    const unchanged = json(again).changes.filter((c: { action: string }) => c.action !== "unchanged");
    expect(unchanged).toEqual([]);

    // The team's export names its components, and re-imports unchanged.
    const out = path.join(await tempDir(), "team.yaml");
    const exported = await junction(["export", "backstage", "--team", k.team, "-o", out], engineer);
    expect(exported.code, exported.stderr).toBe(0);
    const yaml = await readFile(out, "utf8");
    expect(yaml).toContain(k.provider);
    expect(yaml).toContain(k.consumer);
    const reimport = await junction(["--json", "import", "backstage", out, "--dry-run", "--exit-code"], engineer);
    expect(reimport.code, reimport.stdout).toBe(0);
  });

  it("exports systems as CSV to stdout and imports its own row back unchanged", async () => {
    const key = uniqueKey("cli-csv");
    expect((await (await as("ENGINEER")).post("/api/v1/systems", { key, name: "CLI CSV", kind: "BUSINESS_APP", layer: "BUSINESS" })).status).toBe(201);
    const exported = await junction(["export", "csv", "--entity", "systems"], engineer);
    expect(exported.code, exported.stderr).toBe(0);
    // The header and this test's row only: the demo estate's other rows are other tests' business.
    const [header, ...rows] = exported.stdout.split(/\r?\n/);
    const mine = rows.filter((r) => r.includes(key));
    expect(mine).toHaveLength(1);
    const file = path.join(await tempDir(), "systems.csv");
    await writeFile(file, `${header}\n${mine[0]}\n`);
    const back = await junction(["--json", "import", "csv", file, "--entity", "systems", "--dry-run", "--exit-code"], engineer);
    expect(back.code, back.stdout.slice(0, 2000)).toBe(0);
    expect(json(back).changes).toEqual([{ entity: "systems", key, action: "unchanged" }]);

    // The same row renamed: exit 5 on the dry run, then applied (exit 0), as the API then shows.
    await writeFile(file, `${header}\n${mine[0].replace("CLI CSV", "CLI CSV renamed")}\n`);
    expect((await junction(["import", "csv", file, "--entity", "systems", "--dry-run", "--exit-code"], engineer)).code).toBe(5);
    const applied = await junction(["import", "csv", file, "--entity", "systems"], engineer);
    expect(applied.code, applied.stdout).toBe(0);
    expect((await (await as("ENGINEER")).get(`/api/v1/systems/${key}`)).body.name).toBe("CLI CSV renamed");
  });

  it("applies a team's estate.yaml: --dry-run shows the diff, apply writes it, --prune removes what the file dropped", async () => {
    const team = uniqueKey("cli-apply");
    const [a, b] = [uniqueKey("cli-a"), uniqueKey("cli-b")];
    const link = uniqueKey("cli-link");
    const estate = (withB: boolean) => `# ${team}'s systems, as CI keeps them
teams:
  - { key: ${team}, name: CLI apply team }
systems:
  - { key: ${a}, name: System A, kind: BUSINESS_APP, layer: BUSINESS, team: ${team} }
${withB ? `  - { key: ${b}, name: System B, kind: DATABASE, layer: DATA, team: ${team} }
interfaces:
  - { key: ${link}, name: A reads B, style: DB_LINK, mode: SYNC, provider: ${b}, consumer: ${a}, team: ${team} }
` : ""}`;
    const dir = await tempDir();
    const file = path.join(dir, "estate.yaml");
    await writeFile(file, estate(true));

    const plan = await junction(["apply", "-f", file, "--team", team, "--dry-run", "--exit-code"], engineer);
    expect(plan.code, plan.stderr).toBe(5);
    expect(plan.stdout).toContain("dry run, nothing written");
    expect(plan.stdout).toContain(`+ systems ${a}`);
    expect(plan.stdout).toContain(`+ interfaces ${link}`);
    expect((await (await as("ENGINEER")).get(`/api/v1/systems/${a}`)).status).toBe(404);

    const applied = await junction(["--json", "apply", "-f", file, "--team", team], engineer);
    expect(applied.code, applied.stderr).toBe(0);
    expect(json(applied)).toMatchObject({ applied: true, dryRun: false });
    expect((await (await as("ENGINEER")).get(`/api/v1/systems/${b}`)).status).toBe(200);
    expect((await junction(["apply", "-f", file, "--team", team, "--dry-run", "--exit-code"], engineer)).code).toBe(0);

    await writeFile(file, estate(false));
    const prunePlan = await junction(["--json", "apply", "-f", file, "--team", team, "--dry-run", "--prune"], engineer);
    expect(prunePlan.code, prunePlan.stderr).toBe(0);
    const deletes = json(prunePlan).changes.filter((c: { action: string }) => c.action === "delete").map((c: { entity: string; key: string }) => `${c.entity}:${c.key}`).sort();
    expect(deletes).toEqual([`interfaces:${link}`, `systems:${b}`]);
    expect((await (await as("ENGINEER")).get(`/api/v1/systems/${b}`)).status).toBe(200);

    // Without --prune the dropped records stay; with it they go, and only they.
    expect(json(await junction(["--json", "apply", "-f", file, "--team", team, "--dry-run"], engineer)).changes.filter((c: { action: string }) => c.action === "delete")).toEqual([]);
    const pruned = await junction(["apply", "-f", file, "--team", team, "--prune"], engineer);
    expect(pruned.code, pruned.stderr).toBe(0);
    expect((await (await as("ENGINEER")).get(`/api/v1/systems/${b}`)).status).toBe(404);
    expect((await (await as("ENGINEER")).get(`/api/v1/systems/${a}`)).status).toBe(200);
  });

  it("exits 2 for problems in the input, 3 without a token or with a viewer's, 4 when the server cannot be reached", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "estate.yaml");
    const team = uniqueKey("cli-bad");
    // The interface names a provider that exists nowhere: the server reports it, nothing is written.
    await writeFile(file, `teams: [{ key: ${team}, name: Bad }]\ninterfaces:\n  - { key: ${uniqueKey("cli-x")}, name: X, style: REST, mode: SYNC, provider: ${uniqueKey("nowhere")}, consumer: ${uniqueKey("nobody")}, team: ${team} }\n`);
    const bad = await junction(["--json", "apply", "-f", file, "--team", team], engineer);
    expect(bad.code).toBe(2);
    expect(json(bad).applied).toBe(false);
    expect(json(bad).problems.length).toBeGreaterThan(0);
    expect((await (await as("ENGINEER")).get(`/api/v1/teams/${team}`)).status).toBe(404);

    // Records the schema refuses never leave the machine: exit 2 with the path named.
    await writeFile(file, "systems:\n  - { key: Not A Key }\n");
    const shape = await junction(["apply", "-f", file, "--team", team], engineer);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toContain("systems.0.key");

    await writeFile(file, `teams: [{ key: ${team}, name: Fine }]\n`);
    const none = await junction(["apply", "-f", file, "--team", team, "--dry-run"], undefined);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain("JUNCTION_TOKEN");
    const viewer = await junction(["apply", "-f", file, "--team", team, "--dry-run"], await tokenFor("VIEWER"));
    expect(viewer.code).toBe(3);
    expect(viewer.stderr).toContain("403");
    expect((await junction(["export", "backstage"], "jct_not-a-real-token")).code).toBe(3);
    const away = `http://127.0.0.1:${await freePort()}`;
    expect((await junction(["export", "backstage"], engineer, { JUNCTION_URL: away })).code).toBe(4);
  });
});
