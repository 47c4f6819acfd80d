// Reads of systems are built as JSON by PostgreSQL, writes answer through Prisma: the two must
// describe a system identically, and every list filter must still apply.
import { describe, expect, it } from "vitest";
import { as, uniqueKey } from "./helpers/client";
import { userIdByEmail } from "./helpers/db";

async function fixture() {
  const eng = await as("ENGINEER");
  const ownerId = await userIdByEmail("engineer@junction.local");
  const team = await eng.post("/api/v1/teams", { key: uniqueKey("reads-team"), name: "Reads team" });
  expect(team.status).toBe(201);
  const tag = uniqueKey("tag");
  const make = async (over: Record<string, unknown>) => {
    const res = await eng.post("/api/v1/systems", {
      key: uniqueKey("reads"), name: "Reads probe", kind: "DATABASE", layer: "DATA", tags: [tag], teamId: team.body.id, ...over,
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const full = await make({
    name: "Reads probe A", description: "Everything filled", tier: 0, lifecycle: "DEPRECATED", vendor: "Acme",
    isThirdParty: true, technicalOwnerId: ownerId, businessOwnerId: ownerId, docsUrl: "https://docs.example.test/a",
    repoUrl: "https://git.example.test/a", runbookUrl: "https://runbook.example.test/a", monitoringUrl: "https://grafana.example.test/d/a",
    tags: [tag, "extra"],
  });
  const bare = await make({ name: "Reads probe B", kind: "SAAS", tier: 3, teamId: null });
  return { eng, tag, team: team.body, full, bare, ownerId };
}

describe("system reads", () => {
  it("describe a system exactly as its create response did", async () => {
    const { eng, tag, full, bare } = await fixture();
    expect((await eng.get(`/api/v1/systems/${full.id}`)).body).toEqual(full);
    expect((await eng.get(`/api/v1/systems/${bare.key}`)).body).toEqual(bare);
    const list = await eng.get(`/api/v1/systems?tag=${tag}&sort=name`);
    expect(list.body).toEqual({ items: [full, bare], total: 2, page: 1, pageSize: 50 });
  });

  it("apply every filter, sort and page", async () => {
    const { eng, tag, team, full, bare, ownerId } = await fixture();
    const ids = async (qs: string) => (await eng.get(`/api/v1/systems?tag=${tag}&${qs}`)).body.items.map((s: { id: string }) => s.id);
    expect(await ids("kind=DATABASE")).toEqual([full.id]);
    expect(await ids("kind=DATABASE,SAAS&sort=-name")).toEqual([bare.id, full.id]);
    expect(await ids("layer=DATA&tier=0,1")).toEqual([full.id]);
    expect(await ids("lifecycle=ACTIVE")).toEqual([bare.id]);
    expect(await ids(`teamId=${team.id}`)).toEqual([full.id]);
    expect(await ids("isThirdParty=true")).toEqual([full.id]);
    expect(await ids(`ownerId=${ownerId}`)).toEqual([full.id]);
    expect(await ids("q=PROBE%20a")).toEqual([full.id]);
    const beyond = await eng.get(`/api/v1/systems?tag=${tag}&page=5&pageSize=1`);
    expect(beyond.body).toEqual({ items: [], total: 2, page: 5, pageSize: 1 });
    expect((await eng.get(`/api/v1/systems?tag=${tag}&page=2&pageSize=1&sort=name`)).body.items.map((s: { id: string }) => s.id)).toEqual([bare.id]);
  });
});
