// Every page route (discovered from app/**/page.tsx on disk, so a new page joins by existing) × every
// role, with hostile ids in dynamic segments, hostile query strings and headers. Asserted: never a
// 5xx; a path with control characters or broken escapes gets a 4xx page; no stack trace or server
// detail in the HTML; the next request on the same keep-alive connection is answered.
// Deterministic: FUZZ_SEED picks the sample (printed with the request count).
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FuzzRun, ROLES, clientsByRole, type FuzzCase, type Role } from "./helpers/fuzz-run";
import { hostileIds, hostileQueryKeys, seeded } from "./helpers/hostile";
import type { KeepAliveClient } from "./helpers/keep-alive";

const SEED = Number(process.env.FUZZ_SEED) || 20261204;
const OTHER_ROLES_SHARE = 0.3;
const APP_DIR = path.resolve(import.meta.dirname, "../../app");

/** /systems/[id]/edit for app/(app)/systems/[id]/edit/page.tsx; route groups leave no trace. */
function discoverPages(): string[] {
  return (readdirSync(APP_DIR, { recursive: true }) as string[])
    .filter((f) => path.basename(f) === "page.tsx" && !f.startsWith(`api${path.sep}`))
    .map((f) => `/${path.dirname(f).split(path.sep).filter((s) => s !== "." && !/^\(.*\)$/.test(s)).join("/")}`)
    .sort();
}

const pages = discoverPages();
const run = new FuzzRun("page");
let clients: Record<Role, KeepAliveClient>;

// Query strings the pages read (callbackUrl, error, providerSystemId…) or ignore; all may render.
const QUERIES = [
  "q=%00", "callbackUrl=%00", "callbackUrl=%E0%A4%A", "callbackUrl=javascript%3Aalert(1)", "error=%1B%5B2J",
  "providerSystemId=%00", "consumerSystemId=%C3%28", "view=%00", "focus=%ED%A0%80", "page=-1&pageSize=1e309",
  ...hostileQueryKeys.map((k) => k.value),
];

function casesFor(page: string, rng: ReturnType<typeof seeded>): Array<Omit<FuzzCase, "role">> {
  const cases: Array<Omit<FuzzCase, "role">> = [];
  if (page.includes("[")) {
    for (const id of hostileIds(rng)) {
      // Ids that are only unusual (too long, __proto__, unknown) may render a page saying so.
      const malformed = /%(?:00|0A|1B|7F|C2%85|E0%A4%A$|C3%28|FF|ED|zz)|^%$/.test(id.value);
      cases.push({ label: `id ${id.label}`, refuse: malformed, out: { method: "GET", path: page.replace(/\[\w+\]/g, id.value) } });
    }
  } else {
    cases.push({ label: "truncated escape after the path", refuse: true, out: { method: "GET", path: `${page.replace(/\/$/, "")}/%E0%A4%A` } });
    cases.push({ label: "NUL after the path", refuse: true, out: { method: "GET", path: `${page.replace(/\/$/, "")}%00` } });
  }
  const base = page.replace(/\[\w+\]/g, `fuzz-missing-${rng.hex(8)}`);
  for (const q of rng.sample(QUERIES, 4)) cases.push({ label: `?${q}`, refuse: false, out: { method: "GET", path: `${base}?${q}` } });
  cases.push({ label: "garbage router state", refuse: false, out: { method: "GET", path: base, headers: { rsc: "1", "next-router-state-tree": "%7B%22garbage" } } });
  cases.push({ label: "unknown server action", refuse: false, out: { method: "POST", path: base, headers: { "next-action": "fuzz", "content-type": "text/plain" }, body: Buffer.from("[]") } });
  return cases;
}

beforeAll(async () => {
  clients = await clientsByRole();
});

afterAll(() => {
  Object.values(clients ?? {}).forEach((c) => c.close());
  console.log(`[fuzz] pages: ${run.requests} requests over ${pages.length} page routes × ${ROLES.length} roles (seed ${SEED}); ${run.reusedAfter} answers checked on a reused connection`);
});

describe("fuzz: every page route answers hostile input without a 5xx", () => {
  it("finds the page routes on disk", () => {
    expect(pages).toContain("/systems/[id]");
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)("%s", async (page) => {
    const rng = seeded(SEED ^ [...page].reduce((h, ch) => Math.imul(h, 31) + ch.charCodeAt(0), 7));
    const cases = casesFor(page, rng);
    const before = run.failures.length;
    for (const role of ROLES) {
      const mine = role === "ADMIN" ? cases : cases.filter(() => rng.next() < OTHER_ROLES_SHARE);
      for (const c of mine) await run.check(clients[role], { ...c, role });
    }
    const failures = run.failures.slice(before);
    expect(failures.slice(0, 20), `${failures.length} failures (FUZZ_SEED=${SEED})`).toEqual([]);
  }, 180_000);
});
