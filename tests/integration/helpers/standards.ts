// Shared set-up for the standards tests: a team of their own, systems and interfaces inside it,
// and standards scoped to that team, so nothing here changes the demo estate's results.
import { uniqueKey, type ApiClient } from "./client";

export type TestEstate = { teamId: string; otherTeamId: string; system: (over?: Record<string, unknown>) => Promise<string>; iface: (over?: Record<string, unknown>) => Promise<string> };

export async function testEstate(eng: ApiClient): Promise<TestEstate> {
  const team = await eng.post("/api/v1/teams", { key: uniqueKey("std-team"), name: "Standards test team" });
  const other = await eng.post("/api/v1/teams", { key: uniqueKey("std-other"), name: "Standards other team" });
  const teamId: string = team.body.id;
  const system = async (over: Record<string, unknown> = {}) => {
    const res = await eng.post("/api/v1/systems", { key: uniqueKey("std-sys"), name: "Std system", kind: "BUSINESS_APP", layer: "BUSINESS", teamId, ...over });
    if (res.status !== 201) throw new Error(`system: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const iface = async (over: Record<string, unknown> = {}) => {
    const providerSystemId = (over.providerSystemId as string | undefined) ?? (await system());
    const consumerSystemId = (over.consumerSystemId as string | undefined) ?? (await system());
    const res = await eng.post("/api/v1/interfaces", {
      key: uniqueKey("std-if"), name: "Std interface", style: "REST", mode: "SYNC", teamId, ...over, providerSystemId, consumerSystemId,
    });
    if (res.status !== 201) throw new Error(`interface: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  return { teamId, otherTeamId: other.body.id, system, iface };
}

export const standardText = (name: string) => ({
  en: { name, description: "", rationale: "" },
  "zh-CN": { name: `${name}（中文）`, description: "", rationale: "" },
});

/** POSTs a standard (as an admin) and returns its id; throws with the problem when refused. */
export async function addStandard(admin: ApiClient, body: Record<string, unknown>): Promise<string> {
  const res = await admin.post("/api/v1/standards", { key: uniqueKey("std"), text: standardText("Test standard"), category: "RELIABILITY", severity: "MUST", ...body });
  if (res.status !== 201) throw new Error(`standard: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** The status of one standard on one record, from the record's compliance endpoint. */
export async function statusOf(client: ApiClient, subject: "systems" | "interfaces", id: string, standardId: string): Promise<string> {
  const res = await client.get(`/api/v1/${subject}/${id}/compliance`);
  if (res.status !== 200) throw new Error(`compliance: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.results.find((r: { standard: { id: string } }) => r.standard.id === standardId)?.status ?? "NOT_APPLICABLE";
}
