// The ownership-health rules (server/ownership/ownership-rules.ts) on crafted data. Every test
// makes its own teams, people and records and reads the findings of those teams only (teamId),
// so the rest of the database cannot interfere; dates are moved with SQL on the database clock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueKey, type ApiClient } from "./helpers/client";
import { estateBuilder } from "./helpers/estate";
import { closeDb, queryDb } from "./helpers/db";

type Person = { id: string; name: string; email: string; version: number };
type Finding = {
  rule: string; severity: string; subject: { type: string; id: string; key: string | null; name: string; tier: number | null };
  team: { id: string } | null; missing: string[]; owners: { role: string; user: { id: string; active: boolean } }[];
  records: { type: string; id: string; tier: number }[]; recordsTotal: number; lastActivityAt: string | null;
};

let eng: ApiClient;
let built: Awaited<ReturnType<typeof estateBuilder>>;

beforeAll(async () => {
  built = await estateBuilder();
  eng = built.eng;
});
afterAll(closeDb);

const person = () => built.person() as Promise<Person>;
const deactivate = (p: Person) => built.deactivate(p);
const team = async (members: { userId: string; role?: "LEAD" | "MEMBER" }[] = []) => (await built.team(members)).id;
const system = (over: Record<string, unknown>) => built.system(over);
const iface = (providerSystemId: string, consumerSystemId: string, over: Record<string, unknown> = {}) =>
  built.iface(providerSystemId, consumerSystemId, over);

/** Moves a timestamp of a row `days` back on the database clock. */
async function setAgo(table: "System" | "Interface" | "User", id: string, column: string, days: number): Promise<void> {
  await queryDb(`UPDATE "${table}" SET "${column}" = now() - make_interval(days => $2) WHERE "id" = $1`, [id, days]);
}

async function gaps(qs: string) {
  const res = await eng.get(`/api/v1/ownership/gaps?pageSize=200&${qs}`);
  expect(res.status).toBe(200);
  return res.body;
}

async function findings(teamId: string, rule?: string): Promise<Finding[]> {
  return (await gaps(`teamId=${teamId}${rule ? `&rule=${rule}` : ""}`)).findings.items;
}

const ids = (list: Finding[]) => list.map((f) => f.subject.id);

describe("system-unowned", () => {
  it("lists what is missing, by severity and tier, and ignores complete and retired systems", async () => {
    const m = await person();
    const t = await team([{ userId: m.id, role: "LEAD" }]);
    const high = await system({ name: "A tier 0", tier: 0, teamId: t, technicalOwnerId: m.id });
    const medium = await system({ name: "B tier 2", tier: 2, teamId: t });
    const low = await system({ name: "C tier 3", tier: 3, teamId: t, businessOwnerId: m.id });
    await system({ name: "D complete", tier: 0, teamId: t, technicalOwnerId: m.id, businessOwnerId: m.id });
    await system({ name: "E retired", tier: 0, teamId: t, lifecycle: "RETIRED" });

    const list = await findings(t, "system-unowned");
    expect(list.map((f) => [f.subject.id, f.severity, f.subject.tier, f.missing, f.team?.id])).toEqual([
      [high.id, "high", 0, ["businessOwner"], t],
      [medium.id, "medium", 2, ["technicalOwner", "businessOwner"], t],
      [low.id, "low", 3, ["technicalOwner"], t],
    ]);
    expect(list[0]).toMatchObject({ rule: "system-unowned", subject: { type: "SYSTEM", name: "A tier 0" }, owners: [], records: [] });
  });

  it("finds systems and interfaces with no team at all (answerable by nobody)", async () => {
    const m = await person();
    // "!" sorts before every letter, so these lead the tier-0 findings of the whole estate.
    const orphan = await system({ name: `! orphan ${uniqueKey("s")}`, tier: 0, technicalOwnerId: m.id, businessOwnerId: m.id });
    const consumer = await system({ name: "Orphan consumer", tier: 3 });
    const orphanIf = await iface(orphan.id, consumer.id, { name: `! orphan ${uniqueKey("i")}`, tier: 0 });
    try {
      const page = (await gaps("severity=high")).findings.items as Finding[];
      const sys = page.find((f) => f.subject.id === orphan.id && f.rule === "system-unowned");
      expect(sys).toMatchObject({ severity: "high", team: null, missing: ["team"] });
      // Team and technical owner after inheritance: the provider lends its owner, but has no team to lend.
      const itf = page.find((f) => f.subject.id === orphanIf.id && f.rule === "interface-unowned");
      expect(itf).toMatchObject({ severity: "high", team: null, missing: ["team"], subject: { type: "INTERFACE", tier: 0 } });
    } finally {
      await eng.delete(`/api/v1/interfaces/${orphanIf.id}`);
      await eng.delete(`/api/v1/systems/${orphan.id}`);
      await eng.delete(`/api/v1/systems/${consumer.id}`);
    }
  });
});

describe("interface-unowned and inherited ownership", () => {
  it("an interface without owners but with an owned provider is not unowned, and shows what it inherits", async () => {
    const m = await person();
    const other = await person();
    const t = await team([{ userId: m.id, role: "LEAD" }]);
    const t2 = await team([{ userId: other.id, role: "LEAD" }]);
    const provider = await system({ name: "Owned provider", teamId: t, technicalOwnerId: m.id, businessOwnerId: m.id });
    const bareProvider = await system({ name: "Provider without owner", teamId: t, businessOwnerId: m.id });
    const consumer = await system({ name: "Consumer", teamId: t, technicalOwnerId: m.id, businessOwnerId: m.id });

    const inheritsAll = await iface(provider.id, consumer.id, { name: "Inherits all" });
    const ownAll = await iface(provider.id, consumer.id, { name: "Own all", teamId: t2, technicalOwnerId: other.id });
    const inheritsOwner = await iface(provider.id, consumer.id, { name: "Inherits owner", teamId: t2 });
    const noOwner = await iface(bareProvider.id, consumer.id, { name: "Nobody to inherit from", teamId: t, tier: 1 });

    const ref = (p: Person) => ({ id: p.id, name: p.name, email: p.email, active: true });
    const teamRef = async (id: string) => {
      const { body } = await eng.get(`/api/v1/teams/${id}`);
      return { id: body.id, key: body.key, name: body.name };
    };
    expect(inheritsAll).toMatchObject({ team: null, technicalOwner: null, inherited: { team: await teamRef(t), technicalOwner: ref(m) } });
    expect(ownAll.inherited).toEqual({ team: null, technicalOwner: null });
    expect(inheritsOwner.inherited).toEqual({ team: null, technicalOwner: ref(m) });
    // Reads answer the same as the write did.
    expect((await eng.get(`/api/v1/interfaces/${inheritsAll.id}`)).body).toEqual(inheritsAll);
    const listed = (await eng.get(`/api/v1/interfaces?providerSystemId=${provider.id}&sort=name`)).body.items;
    expect(listed.map((i: { id: string }) => i.id)).toEqual([inheritsAll.id, inheritsOwner.id, ownAll.id]);
    expect(listed[0]).toEqual(inheritsAll);

    // The inherited team makes `inheritsAll` answerable by t; it has no finding there.
    const unowned = await findings(t, "interface-unowned");
    expect(unowned.map((f) => [f.subject.id, f.missing, f.severity, f.team?.id])).toEqual([[noOwner.id, ["technicalOwner"], "high", t]]);
    expect(await findings(t2, "interface-unowned")).toEqual([]);
  });
});

describe("deactivated-owner", () => {
  it("reports each record whose own owner was deactivated, with the deactivated people", async () => {
    const lead = await person();
    const leaver = await person();
    const t = await team([{ userId: lead.id, role: "LEAD" }]);
    const tech = await system({ name: "A leaver is technical owner", tier: 1, teamId: t, technicalOwnerId: leaver.id, businessOwnerId: lead.id });
    const biz = await system({ name: "B leaver is business owner", tier: 2, teamId: t, technicalOwnerId: lead.id, businessOwnerId: leaver.id });
    await system({ name: "C fine", tier: 2, teamId: t, technicalOwnerId: lead.id, businessOwnerId: lead.id });
    const own = await iface(biz.id, tech.id, { name: "D interface owned by the leaver", tier: 2, teamId: t, technicalOwnerId: leaver.id });
    const inheriting = await iface(tech.id, biz.id, { name: "E inherits the leaver", tier: 2 });
    expect(await findings(t, "deactivated-owner")).toEqual([]);

    await deactivate(leaver);
    const list = await findings(t, "deactivated-owner");
    expect(list.map((f) => [f.subject.id, f.severity, f.owners.map((o) => [o.role, o.user.id, o.user.active])])).toEqual([
      [tech.id, "high", [["technicalOwner", leaver.id, false]]],
      [biz.id, "medium", [["businessOwner", leaver.id, false]]],
      [own.id, "medium", [["technicalOwner", leaver.id, false]]],
    ]);
    // The inheriting interface is fixed through its provider, which has the finding.
    expect(ids(list)).not.toContain(inheriting.id);
    expect((await eng.get(`/api/v1/interfaces/${inheriting.id}`)).body.inherited.technicalOwner).toMatchObject({ id: leaver.id, active: false });
  });
});

describe("team-no-active-member and team-no-lead", () => {
  it("judge members by whether they are active", async () => {
    const gone = await person();
    const active = await person();
    const activeLead = await person();
    const onlyLeaverTeam = await team([{ userId: gone.id, role: "LEAD" }]);
    const leaderlessTeam = await team([{ userId: active.id, role: "MEMBER" }, { userId: gone.id, role: "LEAD" }]);
    const healthyTeam = await team([{ userId: activeLead.id, role: "LEAD" }]);
    const emptyTeam = await team();
    await system({ name: "Critical", tier: 0, teamId: onlyLeaverTeam });
    await deactivate(gone);

    const teamRules = async (t: string) =>
      (await findings(t)).filter((f) => f.rule.startsWith("team-")).map((f) => [f.rule, f.severity, f.subject.type, f.subject.id, f.team?.id]);
    expect(await teamRules(onlyLeaverTeam)).toEqual([
      ["team-no-active-member", "high", "TEAM", onlyLeaverTeam, onlyLeaverTeam],
      ["team-no-lead", "high", "TEAM", onlyLeaverTeam, onlyLeaverTeam],
    ]);
    expect(await teamRules(leaderlessTeam)).toEqual([["team-no-lead", "low", "TEAM", leaderlessTeam, leaderlessTeam]]);
    expect(await teamRules(healthyTeam)).toEqual([]);
    expect(await teamRules(emptyTeam)).toEqual([
      ["team-no-active-member", "low", "TEAM", emptyTeam, emptyTeam],
      ["team-no-lead", "low", "TEAM", emptyTeam, emptyTeam],
    ]);
  });
});

describe("bus-factor", () => {
  it("flags a person with more than N live tier-0/1 systems, not one with exactly N", async () => {
    const { busFactorThreshold: n } = (await eng.get("/api/v1/ownership/settings")).body;
    expect(n).toBeLessThanOrEqual(10); // the demo default is 3; a large N would make this test slow
    const lead = await person();
    const atLimit = await person();
    const over = await person();
    const left = await person();
    const t = await team([{ userId: lead.id, role: "LEAD" }]);
    const elsewhere = await team([{ userId: lead.id, role: "LEAD" }]);
    const carried: string[] = [];
    for (let i = 0; i < n; i++) {
      await system({ name: `At limit ${i}`, tier: i % 2, teamId: t, technicalOwnerId: atLimit.id });
      carried.push((await system({ name: `Over ${i}`, tier: 1 - (i % 2), teamId: t, technicalOwnerId: over.id })).id);
      await system({ name: `Left ${i}`, tier: 0, teamId: t, technicalOwnerId: left.id });
    }
    // Neither a tier-2 nor a retired system adds to the load.
    await system({ name: "At limit tier 2", tier: 2, teamId: t, technicalOwnerId: atLimit.id });
    await system({ name: "At limit retired", tier: 0, lifecycle: "RETIRED", teamId: t, technicalOwnerId: atLimit.id });
    carried.push((await system({ name: "Over extra", tier: 0, teamId: elsewhere, technicalOwnerId: over.id })).id);
    await system({ name: "Left extra", tier: 0, teamId: t, technicalOwnerId: left.id });
    await deactivate(left); // gone already: that is the deactivated-owner rule's business

    const list = await findings(t, "bus-factor");
    expect(list).toHaveLength(1);
    const [finding] = list;
    expect(finding).toMatchObject({
      rule: "bus-factor", severity: "high", subject: { type: "USER", id: over.id, key: null, name: over.name, tier: null },
      team: { id: t }, owners: [{ role: "technicalOwner", user: { id: over.id, active: true } }], recordsTotal: n + 1,
    });
    expect(finding.records.map((r) => r.id).sort()).toEqual([...carried].sort());
    expect(finding.records.map((r) => r.tier)).toEqual([...finding.records.map((r) => r.tier)].sort());
    // Answerable by the team that owns most of those systems, only.
    expect(await findings(elsewhere, "bus-factor")).toEqual([]);
  });
});

describe("stale", () => {
  it("flags records not edited or confirmed for 180 days (179 vs 181)", async () => {
    const lead = await person();
    const t = await team([{ userId: lead.id, role: "LEAD" }]);
    const owners = { teamId: t, technicalOwnerId: lead.id, businessOwnerId: lead.id };
    const fresh = await system({ name: "A 179 days", ...owners });
    const old = await system({ name: "B 181 days", ...owners, tier: 1 });
    const confirmed = await system({ name: "C old but confirmed", ...owners });
    const edited = await system({ name: "D old but edited", ...owners });
    const retired = await system({ name: "E retired", ...owners, lifecycle: "RETIRED" });
    const oldIf = await iface(fresh.id, old.id, { name: "F interface 181 days", tier: 3 });
    await setAgo("System", fresh.id, "updatedAt", 179);
    await setAgo("System", old.id, "updatedAt", 181);
    await setAgo("System", confirmed.id, "updatedAt", 300);
    await setAgo("System", confirmed.id, "reviewedAt", 10);
    await setAgo("System", edited.id, "updatedAt", 300);
    await setAgo("System", retired.id, "updatedAt", 400);
    await setAgo("Interface", oldIf.id, "updatedAt", 181);
    expect((await eng.patch(`/api/v1/systems/${edited.id}`, { version: edited.version, description: "still here" })).status).toBe(200);

    const list = await findings(t, "stale");
    expect(list.map((f) => [f.subject.id, f.severity])).toEqual([[old.id, "high"], [oldIf.id, "low"]]);
    const [row] = await queryDb<{ at: Date }>(`SELECT "updatedAt" AS at FROM "System" WHERE "id" = $1`, [old.id]);
    expect(list[0].lastActivityAt).toBe(row.at.toISOString());
  });
});

describe("quiet-team", () => {
  it("flags teams with no sign-in and no record activity for 90 days (89 vs 91)", async () => {
    const members = await Promise.all([person(), person(), person(), person(), person()]);
    const [quietMember, recentLogin, neverA, neverB, lonely] = members;
    const quiet = await team([{ userId: quietMember.id, role: "LEAD" }]);
    const signedIn = await team([{ userId: recentLogin.id, role: "LEAD" }]);
    const edited = await team([{ userId: neverA.id, role: "LEAD" }]);
    const confirmedTeam = await team([{ userId: neverB.id, role: "LEAD" }]);
    const ownsNothing = await team([{ userId: lonely.id, role: "LEAD" }]);
    const noMembers = await team();

    const quietSys = await system({ name: "Quiet system", tier: 1, teamId: quiet });
    const signedInSys = await system({ name: "Signed-in team's system", teamId: signedIn });
    const editedSys = await system({ name: "Edited system", teamId: edited });
    const confirmedSys = await system({ name: "Confirmed system", teamId: confirmedTeam });
    // An interface the quiet team answers for through its provider counts as its record.
    const inherited = await iface(quietSys.id, signedInSys.id, { name: "Quiet interface", tier: 3 });
    await setAgo("User", quietMember.id, "lastLoginAt", 91);
    await setAgo("System", quietSys.id, "updatedAt", 95);
    await setAgo("Interface", inherited.id, "updatedAt", 120);
    await setAgo("User", recentLogin.id, "lastLoginAt", 89);
    await setAgo("System", signedInSys.id, "updatedAt", 200);
    await setAgo("System", editedSys.id, "updatedAt", 89);
    await setAgo("System", confirmedSys.id, "updatedAt", 200);
    await setAgo("System", confirmedSys.id, "reviewedAt", 89);

    const quietOf = async (t: string) => findings(t, "quiet-team");
    const [found] = await quietOf(quiet);
    const [login] = await queryDb<{ at: Date }>(`SELECT "lastLoginAt" AS at FROM "User" WHERE "id" = $1`, [quietMember.id]);
    expect(found).toMatchObject({
      rule: "quiet-team", severity: "high", subject: { type: "TEAM", id: quiet }, team: { id: quiet },
      lastActivityAt: login.at.toISOString(), recordsTotal: 2,
    });
    expect(found.records.map((r) => r.id)).toEqual([quietSys.id, inherited.id]);
    expect(await quietOf(signedIn)).toEqual([]);
    expect(await quietOf(edited)).toEqual([]);
    expect(await quietOf(confirmedTeam)).toEqual([]);
    expect(await quietOf(ownsNothing)).toMatchObject([{ severity: "low", lastActivityAt: null, records: [], recordsTotal: 0 }]);
    expect(await quietOf(noMembers)).toEqual([]);

    // One sign-in brings the team back.
    await setAgo("User", quietMember.id, "lastLoginAt", 1);
    expect(await quietOf(quiet)).toEqual([]);
  });
});

describe("the findings list", () => {
  it("counts every rule for the team, sorts by severity then tier then name, and filters and pages", async () => {
    const lead = await person();
    const t = await team([{ userId: lead.id, role: "MEMBER" }]); // no lead: a team finding, high as its tier-0 record
    const a = await system({ name: "Zed tier 0", tier: 0, teamId: t });
    const b = await system({ name: "Alpha tier 1", tier: 1, teamId: t, technicalOwnerId: lead.id });
    const c = await system({ name: "Beta tier 3", tier: 3, teamId: t, technicalOwnerId: lead.id });
    await setAgo("System", c.id, "updatedAt", 200);

    const body = await gaps(`teamId=${t}`);
    expect(body.settings).toMatchObject({ staleDays: 180, quietDays: 90 });
    expect(body.counts).toEqual([
      { rule: "system-unowned", findings: 3 },
      { rule: "interface-unowned", findings: 0 },
      { rule: "deactivated-owner", findings: 0 },
      { rule: "team-no-active-member", findings: 0 },
      { rule: "team-no-lead", findings: 1 },
      { rule: "bus-factor", findings: 0 },
      { rule: "stale", findings: 1 },
      { rule: "quiet-team", findings: 0 },
    ]);
    const order = body.findings.items.map((f: Finding) => [f.rule, f.severity, f.subject.id]);
    // Team name "Ownership …" sorts before "Zed …" within tier 0; one record's two findings by rule.
    expect(order).toEqual([
      ["team-no-lead", "high", t],
      ["system-unowned", "high", a.id],
      ["system-unowned", "high", b.id],
      ["stale", "low", c.id],
      ["system-unowned", "low", c.id],
    ]);
    expect(body.findings).toMatchObject({ total: 5, page: 1, pageSize: 200 });

    const second = (await eng.get(`/api/v1/ownership/gaps?teamId=${t}&pageSize=2&page=2`)).body.findings;
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(second.items.map((f: Finding) => [f.rule, f.severity, f.subject.id])).toEqual(order.slice(2, 4));
    const low = (await gaps(`teamId=${t}&severity=low`)).findings;
    expect(low.items.map((f: Finding) => [f.rule, f.severity, f.subject.id])).toEqual(order.slice(3));
    expect(low.total).toBe(2);
    const stale = (await gaps(`teamId=${t}&rule=stale`)).findings;
    expect(stale).toMatchObject({ total: 1, items: [{ subject: { id: c.id } }] });
    expect((await gaps(`teamId=${t}&rule=team-no-lead&severity=low`)).findings).toEqual({ items: [], total: 0, page: 1, pageSize: 200 });
    // Counts ignore the rule and severity filters.
    expect((await gaps(`teamId=${t}&rule=stale&severity=high`)).counts).toEqual(body.counts);
  });

  it("rejects unknown rules and severities", async () => {
    expect((await eng.get("/api/v1/ownership/gaps?rule=nope")).status).toBe(400);
    expect((await eng.get("/api/v1/ownership/gaps?severity=urgent")).status).toBe(400);
    expect((await eng.get("/api/v1/ownership/gaps?pageSize=500")).status).toBe(400);
  });
});
