// The inbox, incidents and reports as people read them, on alerts and incidents written straight
// into the database (intake has its own tests): each view, filter and sort, "mine", an incident's
// root-cause path, people and timeline, and the medians of the reports — all on a team of its own,
// so other files' alerts never count. The rows are written as intake leaves them (a firing alert
// on a system is in an incident, an acknowledged one has its time): the server's minute sweep
// processes whatever intake left half done, and would otherwise rework these under the tests.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as } from "./helpers/client";
import { closeDb, queryDb } from "./helpers/db";
import { estateBuilder } from "./helpers/estate";

const id = () => `t${randomBytes(8).toString("hex")}`;
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

type AlertSeed = { title: string; severity: string; state: string; systemId: string | null; suppressedBy?: string; lastSeen: number; count?: number; incidentId?: string; symptomPath?: string[]; assigneeId?: string };

async function insertAlert(a: AlertSeed): Promise<string> {
  const alertId = id();
  await queryDb(
    `INSERT INTO "Alert" ("id", "dedupKey", "sourceKind", "source", "title", "severity", "state", "suppressedBy", "systemId", "incidentId",
       "symptomPath", "count", "startsAt", "firstSeenAt", "lastSeenAt", "labels", "assigneeId", "acknowledgedAt")
     VALUES ($1, $2, 'GENERIC', 'views-test', $3, $4::"AlertSeverity", $5::"AlertState", $6::"AlertSuppression", $7, $8, $9, $10, $11, $11, $12, $13, $14, $15)`,
    [alertId, `ev:${alertId}`, a.title, a.severity, a.state, a.suppressedBy ?? null, a.systemId, a.incidentId ?? null, a.symptomPath ?? [], a.count ?? 1,
      ago(a.lastSeen + 10), ago(a.lastSeen), JSON.stringify({ alertname: a.title }), a.assigneeId ?? null,
      a.state === "ACKNOWLEDGED" ? ago(a.lastSeen) : null],
  );
  return alertId;
}

async function insertIncident(o: { systemId: string; teamId: string | null; state: string; opened: number; ackAfter?: number; resolveAfter?: number }) {
  const incidentId = id();
  const opened = Date.now() - o.opened * 60_000;
  const at = (after?: number) => (after === undefined ? null : new Date(opened + after * 60_000).toISOString());
  const [row] = await queryDb<{ number: number }>(
    `INSERT INTO "Incident" ("id", "systemId", "teamId", "title", "severity", "state", "openedAt", "acknowledgedAt", "resolvedAt")
     VALUES ($1, $2, $3, 'Views test incident', 'CRITICAL', $4::"IncidentState", $5, $6, $7) RETURNING "number"`,
    [incidentId, o.systemId, o.teamId, o.state, new Date(opened).toISOString(), at(o.ackAfter), at(o.resolveAfter)],
  );
  return { id: incidentId, number: row.number };
}

let b: Awaited<ReturnType<typeof estateBuilder>>;
let team: { id: string };
let provider: { id: string; name: string };
let broker: { id: string; name: string };
let consumer: { id: string; name: string };
let owner: { id: string; version: number };
const ids: Record<string, string> = {};

beforeAll(async () => {
  b = await estateBuilder();
  const engineer = (await b.eng.get("/api/v1/me")).body;
  owner = await b.person();
  team = await b.team([{ userId: engineer.id ?? engineer.user.id, role: "MEMBER" }]);
  provider = await b.system({ name: "Views provider", teamId: team.id, tier: 0, technicalOwnerId: owner.id });
  broker = await b.system({ name: "Views broker", teamId: team.id, tier: 1 });
  consumer = await b.system({ name: "Views consumer", teamId: team.id, tier: 2 });
  const open = await insertIncident({ systemId: provider.id, teamId: team.id, state: "OPEN", opened: 6 });
  ids.critical = await insertAlert({ title: "Provider down", severity: "CRITICAL", state: "FIRING", systemId: provider.id, lastSeen: 5, incidentId: open.id });
  ids.warning = await insertAlert({ title: "Slow broker", severity: "WARNING", state: "FIRING", systemId: broker.id, lastSeen: 1, count: 7, incidentId: open.id });
  ids.acked = await insertAlert({ title: "Consumer errors", severity: "MAJOR", state: "ACKNOWLEDGED", systemId: consumer.id, lastSeen: 3 });
  ids.resolved = await insertAlert({ title: "Old blip", severity: "MINOR", state: "RESOLVED", systemId: consumer.id, lastSeen: 60 });
  ids.silenced = await insertAlert({ title: "Silenced noise", severity: "INFO", state: "FIRING", systemId: broker.id, suppressedBy: "SILENCE", lastSeen: 2 });
});

afterAll(closeDb);

describe("GET /api/v1/alerts", () => {
  it("shows firing and acknowledged by default, with the count in each view over the other filters", async () => {
    const res = await b.eng.get(`/api/v1/alerts?teamId=${team.id}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((a: { id: string }) => a.id)).toEqual([ids.critical, ids.acked, ids.warning]);
    expect(res.body.counts).toEqual({ FIRING: 2, ACKNOWLEDGED: 1, RESOLVED: 1, SUPPRESSED: 1 });
    expect(res.body.total).toBe(3);
    const first = res.body.items[0];
    expect(first.system).toMatchObject({ id: provider.id, name: "Views provider", tier: 0 });
    expect(first.team.id).toBe(team.id);
  });

  it("picks views, severities, tiers and a system; sorts by count or time", async () => {
    const eng = b.eng;
    const get = async (q: string) => (await eng.get(`/api/v1/alerts?teamId=${team.id}&${q}`)).body.items.map((a: { id: string }) => a.id);
    expect(await get("view=SUPPRESSED")).toEqual([ids.silenced]);
    expect(await get("view=RESOLVED,SUPPRESSED&sort=lastSeen")).toEqual([ids.silenced, ids.resolved]);
    expect(await get("severity=WARNING,MAJOR")).toEqual([ids.acked, ids.warning]);
    expect(await get("tier=0")).toEqual([ids.critical]);
    expect(await get(`systemId=${broker.id}&view=FIRING,SUPPRESSED&sort=count`)).toEqual([ids.warning, ids.silenced]);
    expect(await get("sort=-severity")).toEqual([ids.warning, ids.acked, ids.critical]);
    expect(await get("q=slow")).toEqual([ids.warning]);
  });

  it("'mine' is what my teams own or what is assigned to me", async () => {
    const mine = await b.eng.get(`/api/v1/alerts?mine=true&teamId=${team.id}`);
    expect(mine.body.total).toBe(3);
    const viewer = await as("VIEWER");
    expect((await viewer.get(`/api/v1/alerts?mine=true&teamId=${team.id}`)).body.total).toBe(0);
    const viewerId = (await viewer.get("/api/v1/me")).body;
    const assigned = await insertAlert({ title: "Assigned to the viewer", severity: "INFO", state: "FIRING", systemId: null, lastSeen: 1, assigneeId: viewerId.id ?? viewerId.user.id });
    const theirs = await viewer.get("/api/v1/alerts?mine=true&q=Assigned%20to%20the%20viewer");
    expect(theirs.body.items.map((a: { id: string }) => a.id)).toEqual([assigned]);
    expect(theirs.body.items[0].system).toBeNull();
  });

  it("gives the map each system's open alerts and worst severity, suppressed ones left out", async () => {
    const { body } = await (await as("VIEWER")).get("/api/v1/alerts/map");
    const of = (systemId: string) => body.systems.find((s: { id: string }) => s.id === systemId);
    expect(of(provider.id)).toEqual({ id: provider.id, alerts: 1, severity: "CRITICAL", maintenance: false });
    expect(of(broker.id)).toEqual({ id: broker.id, alerts: 1, severity: "WARNING", maintenance: false });
    expect(of(consumer.id)).toEqual({ id: consumer.id, alerts: 1, severity: "MAJOR", maintenance: false });
  });

  it("refuses a bad filter with the field named", async () => {
    const res = await b.eng.get("/api/v1/alerts?view=BURNING");
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe("query.view.0");
  });
});

describe("GET /api/v1/incidents/{id}", () => {
  it("gives the root-cause path by name, the people to call (a deactivated owner marked) and the timeline in order", async () => {
    const incident = await insertIncident({ systemId: provider.id, teamId: team.id, state: "OPEN", opened: 30 });
    await queryDb(`UPDATE "Alert" SET "incidentId" = $1 WHERE "id" = $2`, [incident.id, ids.critical]);
    const symptom = await insertAlert({ title: "Consumer timeouts", severity: "MAJOR", state: "FIRING", systemId: consumer.id, lastSeen: 4,
      incidentId: incident.id, symptomPath: [provider.id, broker.id, consumer.id] });
    await queryDb(`INSERT INTO "AlertTransition" ("alertId", "at", "fromState", "toState") VALUES ($1, $2, NULL, 'FIRING'), ($3, $4, NULL, 'FIRING')`,
      [ids.critical, ago(29), symptom, ago(20)]);
    await queryDb(`INSERT INTO "Deployment" ("id", "systemId", "source", "version", "environment", "status", "at")
      VALUES ($1, $2, 'ci', '2.4.1', 'prod', 'SUCCEEDED', $3), ($4, $2, 'ci', '1.0.0', 'prod', 'SUCCEEDED', $5)`,
      [id(), provider.id, ago(45), id(), ago(60 * 24)]);
    await b.deactivate(owner);

    for (const ref of [incident.id, String(incident.number), `#${incident.number}`]) {
      const res = await b.eng.get(`/api/v1/incidents/${encodeURIComponent(ref)}`);
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(incident.id);
    }
    const { body } = await (await as("VIEWER")).get(`/api/v1/incidents/${incident.id}`);
    expect(body.alerts).toBe(2);
    expect(body.symptoms).toBe(1);
    expect(body.rootCause).toEqual([{ alertId: symptom, title: "Consumer timeouts", path: [
      expect.objectContaining({ name: "Views provider" }), expect.objectContaining({ name: "Views broker" }), expect.objectContaining({ name: "Views consumer" }),
    ] }]);
    expect(body.people).toEqual([expect.objectContaining({ role: "TECHNICAL_OWNER", user: expect.objectContaining({ id: owner.id, active: false }) })]);
    // The 2.4.1 deployment 15 min before opening is shown; the one a day before is not.
    expect(body.timeline.map((t: { type: string }) => t.type)).toEqual(["deployment", "alert", "alert"]);
    expect(body.timeline[0]).toMatchObject({ version: "2.4.1", system: { name: "Views provider" } });
    expect(body.timeline[2]).toMatchObject({ alertTitle: "Consumer timeouts", to: "FIRING" });
  });

  it("answers 404 for an incident that does not exist", async () => {
    const res = await b.eng.get("/api/v1/incidents/999999999");
    expect(res.status).toBe(404);
  });
});

describe("GET /api/v1/alerts/reports", () => {
  it("takes medians per team and month, and incidents per active member", async () => {
    const reportTeam = await b.team([{ userId: (await b.person()).id, role: "LEAD" }]);
    const system = await b.system({ teamId: reportTeam.id });
    for (const [ack, resolve] of [[2, 10], [4, 30], [60, 600]]) {
      await insertIncident({ systemId: system.id, teamId: reportTeam.id, state: "RESOLVED", opened: 700, ackAfter: ack, resolveAfter: resolve });
    }
    const { body } = await b.eng.get("/api/v1/alerts/reports");
    const month = new Date(Date.now() - 700 * 60_000).toISOString().slice(0, 7);
    expect(body.months).toContainEqual({ month, team: expect.objectContaining({ id: reportTeam.id }), incidents: 3, mttaMinutes: 4, mttrMinutes: 30 });
    expect(body.overall.find((o: { month: string }) => o.month === month).incidents).toBeGreaterThanOrEqual(3);
    expect(body.perMember).toContainEqual({ team: expect.objectContaining({ id: reportTeam.id }), incidents: 3, members: 1, perMember: 3 });
    // The same load feeds the team's health card.
    const health = await b.eng.get(`/api/v1/health/teams?teamId=${reportTeam.id}`);
    expect(health.body.teams[0]).toMatchObject({ alertIncidents: 3, activeMembers: 1, alertIncidentsPerMember: 3 });
  });
});

describe("the demo's alerts", () => {
  it("show an open incident on Adyen with its symptoms downstream, on their paths through the map", async () => {
    const { body } = await (await as("VIEWER")).get("/api/v1/incidents/demo-adyen");
    expect(body).toMatchObject({ state: "OPEN", system: { key: "adyen" }, alerts: 3, symptoms: 2 });
    expect(body.rootCause.map((r: { path: { key: string }[] }) => r.path.map((p) => p.key))).toEqual(
      expect.arrayContaining([["adyen", "payment-service"], ["adyen", "payment-service", "checkout-service"]]),
    );
  });
});
