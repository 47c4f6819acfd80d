// Incidents: alerts grouped per system; the root-cause hint on crafted graphs (a broker, a
// diamond, a DOWN provider, a provider whose incident opens after its consumers', a bound on
// depth); storm protection; acknowledge / resolve / assign, audited; unmapped → map.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, uniqueKey, type ApiClient } from "./helpers/client";
import { auditEntries, closeDb, queryDb } from "./helpers/db";
import { buildGraph } from "./helpers/graph";
import { report } from "./helpers/health";
import { ingestClient } from "./helpers/ingest";
import { alertOf, incidentsOf, send, system } from "./alerts-support";

let monitor: ApiClient;
let eng: ApiClient;
beforeAll(async () => {
  monitor = await ingestClient();
  eng = await as("ENGINEER");
});
afterAll(closeDb);

/** Fires one alert on a system (by key); returns the stored alert. */
async function fire(systemKey: string, alertname = "Broken", extra: Record<string, string> = {}) {
  const labels = { alertname, junction_system: systemKey, ...extra };
  await send(monitor, uniqueKey("rc"), [{ labels }]);
  return alertOf(labels);
}

describe("grouping per system", () => {
  it("puts a system's firing alerts into its one open incident, as severe as the most severe", async () => {
    const sys = await system(eng, "grp");
    await fire(sys.key, "A", { severity: "warning" });
    await fire(sys.key, "B", { severity: "critical" });
    const incidents = await incidentsOf(sys.id);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ severity: "CRITICAL", state: "OPEN", title: "A" });
  });
});

describe("root-cause hint", () => {
  it("attaches a consumer's alert to its provider's open incident, through a broker", async () => {
    const g = await buildGraph(eng, { systems: ["prov", "broker", "c1"], interfaces: [["prov", "c1", "broker"]] });
    const key = (n: string) => `${g.tag}-${n}`;
    const provAlert = await fire(key("prov"));
    const symptom = await fire(key("c1"));
    expect(symptom.incidentId).toBe(provAlert.incidentId);
    expect(symptom.symptomPath).toEqual([g.id.prov, g.id.c1]);
    expect(await incidentsOf(g.id.c1)).toEqual([]);
  });

  it("opens an incident for a DOWN broker and attaches the consumer's alert with the path", async () => {
    const g = await buildGraph(eng, { systems: ["prov", "broker", "c2"], interfaces: [["prov", "c2", "broker"]] });
    await report({ subjectId: g.id.broker, subjectType: "SYSTEM", status: "DOWN" });
    const symptom = await fire(`${g.tag}-c2`);
    const [incident] = await incidentsOf(g.id.broker);
    expect(incident).toMatchObject({ state: "OPEN", title: `${g.tag} broker: DOWN` });
    expect(symptom.incidentId).toBe(incident.id);
    expect(symptom.symptomPath).toEqual([g.id.broker, g.id.c2]);
  });

  it("follows a diamond two hops up, and stops at the depth bound", async () => {
    const g = await buildGraph(eng, {
      systems: ["top", "left", "right", "bottom", "s1", "s2", "s3", "s4", "s5"],
      interfaces: [["top", "left"], ["top", "right"], ["left", "bottom"], ["right", "bottom"], ["top", "s1"], ["s1", "s2"], ["s2", "s3"], ["s3", "s4"], ["s4", "s5"]],
    });
    const root = await fire(`${g.tag}-top`);
    const bottom = await fire(`${g.tag}-bottom`);
    expect(bottom.incidentId).toBe(root.incidentId);
    expect(bottom.symptomPath).toHaveLength(3);
    expect(bottom.symptomPath[0]).toBe(g.id.top);
    expect([g.id.left, g.id.right]).toContain(bottom.symptomPath[1]);
    expect(bottom.symptomPath[2]).toBe(g.id.bottom);
    const near = await fire(`${g.tag}-s4`); // 4 hops: within the bound
    expect(near.incidentId).toBe(root.incidentId);
    expect(near.symptomPath).toEqual([g.id.top, g.id.s1, g.id.s2, g.id.s3, g.id.s4]);
    // s5 is 5 hops from top, but s4's alert is a symptom of top's incident, not an incident of s4's own.
    const far = await fire(`${g.tag}-s5`);
    expect(far.symptomPath).toEqual([]);
    expect((await incidentsOf(g.id.s5)).map((i) => i.id)).toEqual([far.incidentId]);
  });

  it("takes in consumers' incidents when the provider's opens after theirs", async () => {
    const g = await buildGraph(eng, { systems: ["prov", "mid", "leaf"], interfaces: [["prov", "mid"], ["mid", "leaf"]] });
    const leaf = await fire(`${g.tag}-leaf`);
    const [leafIncident] = await incidentsOf(g.id.leaf);
    expect(leaf.incidentId).toBe(leafIncident.id);
    const prov = await fire(`${g.tag}-prov`);
    const moved = await alertOf({ alertname: "Broken", junction_system: `${g.tag}-leaf` });
    expect(moved.incidentId).toBe(prov.incidentId);
    expect(moved.symptomPath).toEqual([g.id.prov, g.id.mid, g.id.leaf]);
    expect((await incidentsOf(g.id.leaf))[0].state).toBe("RESOLVED");
  });
});

describe("storm protection", () => {
  it("marks incidents opened beyond the per-minute threshold of a source (50) and escalates the others", async () => {
    // Not across a minute boundary: the count is per minute.
    const s = new Date().getSeconds();
    if (s > 45) await new Promise((r) => setTimeout(r, (61 - s) * 1000));
    const source = uniqueKey("storm");
    const [calm, stormy] = [await system(eng, "calm"), await system(eng, "stormy")];
    const many = (sys: string, n: number) => Array.from({ length: n }, (_, i) => ({ labels: { alertname: `S${i}`, junction_system: sys, run: source } }));
    await send(monitor, source, many(calm.key, 40));
    await send(monitor, source, many(stormy.key, 15));
    const [[calmIncident], [stormIncident]] = [await incidentsOf(calm.id), await incidentsOf(stormy.id)];
    expect(calmIncident.stormSuppressed).toBe(false);
    expect(stormIncident.stormSuppressed).toBe(true);
  });
});

describe("acknowledge, resolve, assign", () => {
  it("acknowledges an alert and so its incident, resolves it and so the incident, all audited; assign guards the version", async () => {
    const sys = await system(eng, "act");
    const alert = await fire(sys.key);
    const viewer = await as("VIEWER");
    expect((await viewer.post(`/api/v1/alerts/${alert.id}/acknowledge`, {})).status).toBe(403);
    expect((await viewer.get(`/api/v1/alerts/${alert.id}`)).status).toBe(200);

    const ack = await eng.post(`/api/v1/alerts/${alert.id}/acknowledge`, {});
    expect(ack.status, JSON.stringify(ack.body)).toBe(200);
    expect(ack.body.state).toBe("ACKNOWLEDGED");
    const [incident] = await incidentsOf(sys.id);
    expect(incident.state).toBe("ACKNOWLEDGED");
    // A repeat from the monitor keeps it acknowledged.
    expect((await fire(sys.key)).state).toBe("ACKNOWLEDGED");

    const me = (await eng.get("/api/v1/me")).body;
    const current = (await eng.get(`/api/v1/alerts/${alert.id}`)).body;
    expect((await eng.patch(`/api/v1/alerts/${alert.id}`, { assigneeId: me.id, version: current.version + 1 })).status).toBe(409);
    const assigned = await eng.patch(`/api/v1/alerts/${alert.id}`, { assigneeId: me.id, version: current.version });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect(assigned.body.assigneeId).toBe(me.id);
    expect((await eng.patch(`/api/v1/incidents/${incident.id}`, { assigneeId: "nobody-here", version: 2 })).status).toBe(422);

    const resolved = await eng.post(`/api/v1/alerts/${alert.id}/resolve`, {});
    expect(resolved.body.state).toBe("RESOLVED");
    expect((await incidentsOf(sys.id))[0].state).toBe("RESOLVED");
    expect((await auditEntries("ALERT", alert.id)).map((e) => e.action)).toEqual(["ACKNOWLEDGE", "UPDATE", "RESOLVE"]);
    expect((await auditEntries("INCIDENT", incident.id)).map((e) => e.action)).toEqual(["ACKNOWLEDGE"]);
    const moves = await queryDb<{ toState: string; actorId: string | null }>(`SELECT "toState", "actorId" FROM "AlertTransition" WHERE "alertId" = $1 ORDER BY "id"`, [alert.id]);
    expect(moves.map((m) => [m.toState, m.actorId !== null])).toEqual([["FIRING", false], ["ACKNOWLEDGED", true], ["RESOLVED", true]]);
  });

  it("acknowledges and resolves a whole incident and its alerts; bulk acknowledges", async () => {
    const sys = await system(eng, "inc");
    const a = await fire(sys.key, "One");
    const b = await fire(sys.key, "Two");
    const bulk = await eng.post("/api/v1/alerts/bulk", { action: "acknowledge", ids: [a.id] });
    expect(bulk.body).toMatchObject({ changed: 1, notFound: [] });
    const ack = await eng.post(`/api/v1/incidents/${a.incidentId}/acknowledge`, {});
    expect(ack.status, JSON.stringify(ack.body)).toBe(200);
    expect((await alertOf({ alertname: "Two", junction_system: sys.key })).state).toBe("ACKNOWLEDGED");
    const res = await eng.post(`/api/v1/incidents/${a.incidentId}/resolve`, {});
    expect(res.body.state).toBe("RESOLVED");
    expect([(await alertOf({ alertname: "One", junction_system: sys.key })).state, (await alertOf({ alertname: "Two", junction_system: sys.key })).state]).toEqual(["RESOLVED", "RESOLVED"]);
    expect((await auditEntries("INCIDENT", b.incidentId!)).map((e) => e.action)).toEqual(["ACKNOWLEDGE", "ACKNOWLEDGE", "RESOLVE"]);
    expect((await eng.post(`/api/v1/incidents/no-such-incident/resolve`, {})).status).toBe(404);
  });
});

describe("unmapped alerts", () => {
  it("wait in the unmapped list; mapping a label value applies to them now and to later alerts", async () => {
    const sys = await system(eng, "map-target");
    const service = uniqueKey("legacy-svc");
    await send(monitor, "unmapped", [{ labels: { alertname: "Old1", service } }, { labels: { alertname: "Old2", service } }]);
    expect((await alertOf({ alertname: "Old1", service })).systemId).toBeNull();
    const list = await eng.get("/api/v1/alerts/unmapped?pageSize=200");
    expect(list.status).toBe(200);
    expect(list.body.items).toContainEqual({ label: "service", value: service, count: 2 });

    expect((await (await as("VIEWER")).post("/api/v1/alerts/unmapped/map", { label: "service", value: service, targetType: "SYSTEM", targetId: sys.id })).status).toBe(403);
    const mapped = await eng.post("/api/v1/alerts/unmapped/map", { label: "service", value: service, targetType: "SYSTEM", targetId: sys.id });
    expect(mapped.status, JSON.stringify(mapped.body)).toBe(201);
    expect(mapped.body.mapped).toBe(2);
    const old = await alertOf({ alertname: "Old1", service });
    expect(old.systemId).toBe(sys.id);
    const incidents = await incidentsOf(sys.id);
    expect(incidents).toHaveLength(1);
    expect(old.incidentId).toBe(incidents[0].id);

    await send(monitor, "unmapped", [{ labels: { alertname: "New", service } }]);
    expect((await alertOf({ alertname: "New", service })).incidentId).toBe(incidents[0].id);
    const rules = (await eng.get("/api/v1/alerts/mapping-rules")).body.items;
    expect(rules[0]).toMatchObject({ label: "service", value: service, targetId: sys.id });
    expect(rules.filter((r: { value: string | null }) => r.value === null).map((r: { label: string }) => r.label)).toEqual(["junction_system", "junction_interface", "service", "job"]);
    expect((await auditEntries("ALERT_MAPPING", mapped.body.rule.id)).map((e) => e.action)).toEqual(["CREATE"]);
    expect((await eng.post("/api/v1/alerts/unmapped/map", { label: "service", value: service, targetType: "SYSTEM", targetId: "no-such-system" })).status).toBe(422);
  });
});
