// The ownership score (tier-weighted share of records with complete, live ownership) on a small
// known estate, through /ownership/gaps and /ownership/summary.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, as, type ApiClient } from "./helpers/client";
import { estateBuilder } from "./helpers/estate";
import { closeDb } from "./helpers/db";

let eng: ApiClient;
let admin: ApiClient;
let person: Built["person"];
let team: Built["team"];
let system: Built["system"];
let iface: Built["iface"];

type Built = Awaited<ReturnType<typeof estateBuilder>>;
beforeAll(async () => {
  ({ eng, admin, person, team, system, iface } = await estateBuilder());
});
afterAll(closeDb);

describe("ownership score", () => {
  it("is the tier-weighted share of live, complete records; retired records do not count", async () => {
    const lead = await person();
    const leaver = await person();
    const t = await team([{ userId: lead.id, role: "LEAD" }]);
    const full = { teamId: t.id, technicalOwnerId: lead.id, businessOwnerId: lead.id };
    const s1 = (await system({ ...full, tier: 0 })).id; //                         weight 8, complete
    await system({ ...full, businessOwnerId: null, tier: 1 }); //             weight 4, no business owner
    await system({ ...full, tier: 3 }); //                                    weight 1, complete
    const retired = (await system({ ...full, tier: 0, lifecycle: "RETIRED" })).id; // retired: not counted
    await iface(s1, retired, { tier: 2 }); //                                           weight 2, complete by inheritance
    const s4 = (await system({ ...full, technicalOwnerId: leaver.id, tier: 2 })).id; // weight 2, owner deactivated below
    await iface(s4, s1, { tier: 1 }); //                                                weight 4, inherits the deactivated owner
    await system({ teamId: t.id, tier: 0, lifecycle: "RETIRED" }); //        retired and unowned: not counted either
    const res = await admin.patch(`/api/v1/users/${leaver.id}`, { version: leaver.version, active: false });
    expect(res.status).toBe(200);

    // (8 + 1 + 2) / (8 + 4 + 1 + 2 + 2 + 4) = 11 / 21
    const expected = { weight: 21, completeWeight: 11, records: 6, completeRecords: 3 };
    const gaps = (await eng.get(`/api/v1/ownership/gaps?teamId=${t.id}`)).body;
    expect(gaps.score).toMatchObject(expected);
    expect(gaps.score.score).toBeCloseTo((11 / 21) * 100, 6);

    const summary = await eng.get(`/api/v1/ownership/summary?teamId=${t.id}`);
    expect(summary.status).toBe(200);
    expect(summary.body.score).toEqual(gaps.score);
    expect(summary.body.counts).toEqual(gaps.counts);
    expect(summary.body.byTeam).toEqual([{ team: { id: t.id, key: t.key, name: t.name }, score: gaps.score, findings: gaps.findings.total }]);

    // Unfiltered, the team has the same row among all the others, and records without a team have theirs.
    const all = (await eng.get("/api/v1/ownership/summary")).body;
    expect(all.byTeam.find((r: { team: { id: string } | null }) => r.team?.id === t.id)).toEqual(summary.body.byTeam[0]);
    expect(all.byTeam.filter((r: { team: unknown }) => r.team === null)).toHaveLength(1);
    expect(all.score.records).toBeGreaterThanOrEqual(6);
  });

  it("counts nothing as complete in a team without an active member", async () => {
    const lead = await person();
    const member = await person();
    const t = await team([{ userId: member.id, role: "LEAD" }]);
    await system({ teamId: t.id, technicalOwnerId: lead.id, businessOwnerId: lead.id, tier: 1 });
    expect((await eng.get(`/api/v1/ownership/gaps?teamId=${t.id}`)).body.score).toMatchObject({ score: 100, completeWeight: 4 });
    expect((await admin.patch(`/api/v1/users/${member.id}`, { version: member.version, active: false })).status).toBe(200);
    expect((await eng.get(`/api/v1/ownership/gaps?teamId=${t.id}`)).body.score).toEqual({ score: 0, weight: 4, completeWeight: 0, records: 1, completeRecords: 0 });
  });

  it("is 100 for a team that owns nothing, which has no row of its own", async () => {
    const lead = await person();
    const t = await team([{ userId: lead.id, role: "LEAD" }]);
    const summary = (await eng.get(`/api/v1/ownership/summary?teamId=${t.id}`)).body;
    expect(summary.score).toEqual({ score: 100, weight: 0, completeWeight: 0, records: 0, completeRecords: 0 });
    expect(summary.byTeam).toEqual([]);
  });

  it("is for signed-in readers only", async () => {
    expect((await anonymous().get("/api/v1/ownership/summary")).status).toBe(401);
    expect((await anonymous().get("/api/v1/ownership/gaps")).status).toBe(401);
    expect((await (await as("VIEWER")).get("/api/v1/ownership/summary")).status).toBe(200);
  });
});
