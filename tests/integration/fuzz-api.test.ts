// Every operation of the OpenAPI document (read at run time, so a new route joins by being
// documented) × every role, with hostile ids, query strings and bodies. Asserted: never a 5xx;
// a refusal is a 4xx application/problem+json with status, title, detail and errors; no stack
// trace or server detail in any answer; and the next request on the same keep-alive connection
// is answered. Deterministic: FUZZ_SEED picks the sample (printed below, with the request count).
// Nothing is created: ids name no record and every body has an invalid field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_URL } from "./helpers/client";
import { FuzzRun, ROLES, clientsByRole, type FuzzCase, type Role } from "./helpers/fuzz-run";
import { hostileBodies, hostileIds, hostileQueryKeys, hostileQueryValues, seeded, type Rng } from "./helpers/hostile";
import type { KeepAliveClient, Outgoing } from "./helpers/keep-alive";
import { hostileFieldBodies, operationsOf, sampleOf, type FuzzOperation, type OpenApiDocument } from "./helpers/openapi-sample";

const SEED = Number(process.env.FUZZ_SEED) || 20261204;
/** Share of the cases also sent as anonymous, viewer and engineer (admin gets all of them). */
const OTHER_ROLES_SHARE = 0.2;

const doc = (await (await fetch(`${BASE_URL}/api/v1/openapi.json`)).json()) as OpenApiDocument;
const operations = operationsOf(doc);
const run = new FuzzRun("api");
let clients: Record<Role, KeepAliveClient>;

const JSON_TYPE = { "content-type": "application/json" };

function casesFor(op: FuzzOperation, rng: Rng): Array<Omit<FuzzCase, "role">> {
  const missing = `fuzz-missing-${rng.hex(8)}`;
  const url = (id: string, query = "") =>
    `/api/v1${op.path.replace(/\{\w+\}/g, id)}${query ? `?${query}` : ""}`;
  const emptyBody: Partial<Outgoing> = op.body ? { body: Buffer.from("{}"), headers: JSON_TYPE } : {};
  const cases: Array<Omit<FuzzCase, "role">> = [];

  if (op.pathParams.length) {
    for (const id of hostileIds(rng)) {
      cases.push({ label: `id ${id.label}`, refuse: id.refuse, out: { method: op.method, path: url(id.value), ...emptyBody } });
    }
  }
  for (const param of op.queryParams) {
    const values = [hostileQueryValues[0], ...rng.sample(hostileQueryValues.slice(1), 2)];
    for (const v of values) {
      cases.push({ label: `${param}=${v.label}`, refuse: v.refuse, out: { method: op.method, path: url(missing, `${param}=${v.value}`), ...emptyBody } });
    }
  }
  if (op.queryParams.length || op.method === "GET") {
    for (const k of hostileQueryKeys) {
      cases.push({ label: k.label, refuse: k.refuse, out: { method: op.method, path: url(missing, k.value), ...emptyBody } });
    }
  }
  if (op.body) {
    for (const b of hostileBodies()) {
      const out: Outgoing = { method: op.method, path: url(missing), body: b.body, chunked: b.chunked, headers: { "content-type": b.type ?? "application/json" } };
      cases.push({ label: `body ${b.label}`, refuse: true, heavy: b.heavy, out });
    }
    for (const f of hostileFieldBodies(sampleOf(doc, op.body), rng.pick)) {
      cases.push({ label: `body ${f.label}`, refuse: true, out: { method: op.method, path: url(missing), body: Buffer.from(f.text), headers: JSON_TYPE } });
    }
  }
  return cases;
}

beforeAll(async () => {
  clients = await clientsByRole();
});

afterAll(() => {
  Object.values(clients ?? {}).forEach((c) => c.close());
  console.log(`[fuzz] API: ${run.requests} requests over ${operations.length} operations × ${ROLES.length} roles (seed ${SEED}); ${run.reusedAfter} answers checked on a reused connection`);
});

describe("fuzz: every OpenAPI operation refuses hostile input cleanly", () => {
  it("reads the operations from the document", () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations.map((op) => [`${op.method} ${op.path}`, op] as const))("%s", async (name, op) => {
    const rng = seeded(SEED ^ [...name].reduce((h, ch) => Math.imul(h, 31) + ch.charCodeAt(0), 7));
    const cases = casesFor(op, rng);
    const before = run.failures.length;
    for (const role of ROLES) {
      const mine = role === "ADMIN" ? cases : cases.filter((c) => !c.heavy && rng.next() < OTHER_ROLES_SHARE);
      for (const c of mine) await run.check(clients[role], { ...c, role });
    }
    const failures = run.failures.slice(before);
    expect(failures.slice(0, 20), `${failures.length} failures (FUZZ_SEED=${SEED})`).toEqual([]);
  }, 180_000);

  it("checked the connection after hostile requests", () => {
    expect(run.reusedAfter).toBeGreaterThan(operations.length);
  });
});
