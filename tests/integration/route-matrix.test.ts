// Every API route × every role and machine-token scope, table-driven. The table below is the
// specification of who may call what; the routes are discovered from app/api/v1 on disk, so a new
// route (or method) without a rule here fails this test. A scoped token (INGEST, SCRAPE) may call
// exactly its one kind of route and is refused (403) everywhere else, public routes aside.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { anonymous, as, withToken, type ApiClient, type DemoRole } from "./helpers/client";
import { machineToken } from "./helpers/ingest";

type Who = "public" | "anyone signed in" | "engineers and admins" | "admins" | "ingest tokens" | "scrape tokens";
type Caller = DemoRole | "INGEST token" | "SCRAPE token";

const RULES: Record<string, Who> = {
  "GET /api/v1/openapi.json": "public",
  // Backstage catalog import and export (issue 12, BACKSTAGE)
  "POST /api/v1/import/backstage": "engineers and admins",
  "GET /api/v1/export/backstage.yaml": "anyone signed in",
  "GET /api/v1/export/backstage.zip": "anyone signed in",
  "GET /api/v1/systems": "anyone signed in",
  "POST /api/v1/systems": "engineers and admins",
  "POST /api/v1/systems/bulk-assign": "engineers and admins",
  "POST /api/v1/interfaces/bulk-assign": "engineers and admins",
  "GET /api/v1/systems/[id]": "anyone signed in",
  "PATCH /api/v1/systems/[id]": "engineers and admins",
  "DELETE /api/v1/systems/[id]": "engineers and admins",
  "GET /api/v1/systems/[id]/impact": "anyone signed in",
  "GET /api/v1/systems/[id]/impact/reach": "anyone signed in",
  "GET /api/v1/interfaces": "anyone signed in",
  "POST /api/v1/interfaces": "engineers and admins",
  "GET /api/v1/interfaces/[id]": "anyone signed in",
  "PATCH /api/v1/interfaces/[id]": "engineers and admins",
  "DELETE /api/v1/interfaces/[id]": "engineers and admins",
  "GET /api/v1/interfaces/[id]/impact": "anyone signed in",
  "GET /api/v1/interfaces/[id]/impact/reach": "anyone signed in",
  "GET /api/v1/teams": "anyone signed in",
  "POST /api/v1/teams": "engineers and admins",
  "GET /api/v1/teams/[id]": "anyone signed in",
  "PATCH /api/v1/teams/[id]": "engineers and admins",
  "DELETE /api/v1/teams/[id]": "engineers and admins",
  "GET /api/v1/users": "anyone signed in",
  "POST /api/v1/users": "admins",
  "GET /api/v1/users/[id]": "anyone signed in",
  "PATCH /api/v1/users/[id]": "admins",
  "POST /api/v1/users/[id]/deactivate": "admins",
  "GET /api/v1/users/[id]/ownerships": "anyone signed in",
  "GET /api/v1/tokens": "anyone signed in",
  "POST /api/v1/tokens": "anyone signed in",
  "DELETE /api/v1/tokens/[id]": "anyone signed in",
  "GET /api/v1/me": "anyone signed in",
  "PATCH /api/v1/me": "anyone signed in",
  "GET /api/v1/ownership/gaps": "anyone signed in",
  "GET /api/v1/ownership/summary": "anyone signed in",
  "GET /api/v1/ownership/settings": "anyone signed in",
  "PATCH /api/v1/ownership/settings": "admins",
  "POST /api/v1/systems/[id]/confirm": "engineers and admins",
  "POST /api/v1/interfaces/[id]/confirm": "engineers and admins",
  "GET /api/v1/audit": "anyone signed in",
  "GET /api/v1/dashboard": "anyone signed in",
  "GET /api/v1/topology": "anyone signed in",
  "PUT /api/v1/topology/positions": "engineers and admins",
  "PUT /api/v1/topology/layout": "engineers and admins",
  "GET /api/v1/views": "anyone signed in",
  "POST /api/v1/views": "engineers and admins",
  "GET /api/v1/views/[id]": "anyone signed in",
  "PATCH /api/v1/views/[id]": "engineers and admins",
  "DELETE /api/v1/views/[id]": "engineers and admins",
  "GET /api/v1/standards": "anyone signed in",
  "POST /api/v1/standards": "admins",
  "GET /api/v1/standards/[id]": "anyone signed in",
  "PATCH /api/v1/standards/[id]": "admins",
  "DELETE /api/v1/standards/[id]": "admins",
  "GET /api/v1/compliance": "anyone signed in",
  "GET /api/v1/compliance/summary": "anyone signed in",
  "GET /api/v1/compliance/trend": "anyone signed in",
  "GET /api/v1/compliance/levels": "anyone signed in",
  "GET /api/v1/health/sla": "anyone signed in",
  "GET /api/v1/health/jobs": "anyone signed in",
  "GET /api/v1/health/messaging": "anyone signed in",
  "GET /api/v1/health/teams": "anyone signed in",
  "GET /api/v1/health": "anyone signed in",
  "GET /api/v1/health/at-risk": "anyone signed in",
  "GET /api/v1/health/map": "anyone signed in",
  "GET /api/v1/health/systems/[id]": "anyone signed in",
  "GET /api/v1/health/systems/[id]/series": "anyone signed in",
  "GET /api/v1/health/interfaces/[id]": "anyone signed in",
  "GET /api/v1/health/interfaces/[id]/series": "anyone signed in",
  "GET /api/v1/systems/[id]/compliance": "anyone signed in",
  "GET /api/v1/interfaces/[id]/compliance": "anyone signed in",
  "GET /api/v1/waivers": "anyone signed in",
  "POST /api/v1/waivers": "engineers and admins",
  "GET /api/v1/waivers/[id]": "anyone signed in",
  "POST /api/v1/waivers/[id]/approve": "admins",
  "POST /api/v1/waivers/[id]/deny": "admins",
  "POST /api/v1/waivers/[id]/revoke": "engineers and admins",
  "GET /api/v1/attestations": "anyone signed in",
  "GET /api/v1/initiatives": "anyone signed in",
  "POST /api/v1/initiatives": "admins",
  "GET /api/v1/initiatives/[id]": "anyone signed in",
  "PATCH /api/v1/initiatives/[id]": "admins",
  "DELETE /api/v1/initiatives/[id]": "admins",
  "POST /api/v1/attestations": "engineers and admins",
  "GET /api/v1/interfaces/[id]/contracts": "anyone signed in",
  "PUT /api/v1/interfaces/[id]/contracts": "engineers and admins",
  "GET /api/v1/interfaces/[id]/contracts/[number]": "anyone signed in",
  "GET /api/v1/interfaces/[id]/contracts/diff": "anyone signed in",
  "GET /api/v1/contracts/settings": "anyone signed in",
  "PATCH /api/v1/contracts/settings": "admins",
  "POST /api/v1/health/signals": "ingest tokens",
  "POST /api/v1/health/events": "ingest tokens",
  "GET /api/v1/metrics": "scrape tokens",
  "GET /api/v1/ingestion/tokens": "admins",
  "POST /api/v1/ingestion/tokens": "admins",
  "DELETE /api/v1/ingestion/tokens/[id]": "admins",
  "GET /api/v1/ingestion/sources": "admins",
  "POST /api/v1/ingestion/sources": "admins",
  "DELETE /api/v1/ingestion/sources/[id]": "admins",
  "GET /api/v1/alerts": "anyone signed in",
  "GET /api/v1/alerts/reports": "anyone signed in",
  "GET /api/v1/alerts/map": "anyone signed in",
  "GET /api/v1/incidents": "anyone signed in",
  "GET /api/v1/incidents/[id]": "anyone signed in",
  // Notifications (issue 11, NOTIFY)
  "GET /api/v1/notifications": "anyone signed in",
  "POST /api/v1/notifications/[id]/retry": "admins",
  "GET /api/v1/notifications/channels": "admins",
  "POST /api/v1/notifications/channels": "admins",
  "PATCH /api/v1/notifications/channels/[id]": "admins",
  "DELETE /api/v1/notifications/channels/[id]": "admins",
  "POST /api/v1/notifications/channels/[id]/test": "admins",
  "GET /api/v1/notifications/escalation-policies": "anyone signed in",
  "POST /api/v1/notifications/escalation-policies": "admins",
  "PATCH /api/v1/notifications/escalation-policies/[id]": "admins",
  "DELETE /api/v1/notifications/escalation-policies/[id]": "admins",
  // ─── Alerts intake (issue 11) ───
  "POST /api/v1/alerts/alertmanager": "ingest tokens",
  "POST /api/v1/alerts/events": "ingest tokens",
  "GET /api/v1/alerts/[id]": "anyone signed in",
  "PATCH /api/v1/alerts/[id]": "engineers and admins",
  "POST /api/v1/alerts/[id]/acknowledge": "engineers and admins",
  "POST /api/v1/alerts/[id]/resolve": "engineers and admins",
  "POST /api/v1/alerts/bulk": "engineers and admins",
  "GET /api/v1/alerts/silences": "anyone signed in",
  "POST /api/v1/alerts/silences": "engineers and admins",
  "POST /api/v1/alerts/silences/preview": "anyone signed in",
  "POST /api/v1/alerts/silences/[id]/expire": "engineers and admins",
  "GET /api/v1/alerts/maintenance": "anyone signed in",
  "POST /api/v1/alerts/maintenance": "engineers and admins",
  "DELETE /api/v1/alerts/maintenance/[id]": "engineers and admins",
  "GET /api/v1/alerts/mapping-rules": "anyone signed in",
  "POST /api/v1/alerts/mapping-rules": "engineers and admins",
  "DELETE /api/v1/alerts/mapping-rules/[id]": "engineers and admins",
  "GET /api/v1/alerts/unmapped": "anyone signed in",
  "POST /api/v1/alerts/unmapped/map": "engineers and admins",
  "GET /api/v1/alerts/rejections": "engineers and admins",
  // Interop (issue 12, ENGINE)
  "POST /api/v1/import": "engineers and admins",
  "POST /api/v1/apply": "engineers and admins",
  "GET /api/v1/import/batches": "anyone signed in",
  "GET /api/v1/import/batches/[id]": "anyone signed in",
  "PATCH /api/v1/incidents/[id]": "engineers and admins",
  "POST /api/v1/incidents/[id]/acknowledge": "engineers and admins",
  "POST /api/v1/incidents/[id]/resolve": "engineers and admins",
  // Interop (issue 12, TABLE): CSV and Excel
  "POST /api/v1/import/table": "engineers and admins",
  "GET /api/v1/import/template": "engineers and admins",
  "GET /api/v1/export/table": "anyone signed in",
};

const CALLERS: Caller[] = ["VIEWER", "ENGINEER", "ADMIN", "INGEST token", "SCRAPE token"];
const ALLOWED: Record<Who, Caller[]> = {
  public: CALLERS,
  "anyone signed in": ["VIEWER", "ENGINEER", "ADMIN"],
  "engineers and admins": ["ENGINEER", "ADMIN"],
  admins: ["ADMIN"],
  "ingest tokens": ["INGEST token"],
  "scrape tokens": ["SCRAPE token"],
};

const tokens = new Map<Caller, ApiClient>();
async function client(caller: Caller): Promise<ApiClient> {
  if (caller === "INGEST token" || caller === "SCRAPE token") {
    if (!tokens.has(caller)) tokens.set(caller, withToken((await machineToken(caller === "INGEST token" ? "INGEST" : "SCRAPE")).secret));
    return tokens.get(caller)!;
  }
  return as(caller);
}

const API_DIR = path.resolve(import.meta.dirname, "../../app/api/v1");

function discoverRoutes(): string[] {
  const found: string[] = [];
  for (const file of readdirSync(API_DIR, { recursive: true }) as string[]) {
    if (path.basename(file) !== "route.ts") continue;
    const source = readFileSync(path.join(API_DIR, file), "utf8");
    const route = `/api/v1/${path.dirname(file)}`.replace(/\/\.$/, "");
    for (const m of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${m[1]} ${route}`);
    for (const m of source.matchAll(/export \{([^}]+)\}/g)) {
      for (const name of m[1].matchAll(/as (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${name[1]} ${route}`);
    }
  }
  return found.sort();
}

const routes = discoverRoutes();
// Bodies that are refused after the permission check (422), so allowed calls change nothing.
const MISSING_ID = "route-matrix-no-such-record";
const call = (client: ApiClient, route: string) => {
  const [method, template] = route.split(" ");
  const url = template.replace("[id]", MISSING_ID);
  return client.request(method, url, method === "GET" || method === "DELETE" ? undefined : { unexpectedField: true });
};

describe("route × role matrix", () => {
  it("has a rule for every route on disk, and every rule names a real route", () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((r) => !(r in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  describe.each(Object.entries(RULES))("%s (%s)", (route, who) => {
    it("anonymous", async () => {
      const res = await call(anonymous(), route);
      if (who === "public") expect(res.status).toBe(200);
      else {
        expect(res.status).toBe(401);
        expect(res.headers.get("content-type")).toContain("application/problem+json");
      }
    });

    it.each(CALLERS)("%s", async (role) => {
      const res = await call(await client(role), route);
      if (ALLOWED[who].includes(role)) {
        // Past the guard: the request is judged on its content (200, 400, 404, 422…), never 401/403.
        expect([401, 403]).not.toContain(res.status);
        expect(res.status).toBeLessThan(500);
      } else {
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({ status: 403, title: "Forbidden" });
      }
    });
  });
});
