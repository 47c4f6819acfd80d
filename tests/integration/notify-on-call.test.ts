// The team's on-call member (Team.onCallUserId): set through the team API, a member only, audited;
// a TEAM_ON_CALL step emails them, and falls through to the lead once they are not on call.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, type ApiClient } from "./helpers/client";
import { auditEntries, closeDb, queryDb } from "./helpers/db";
import { estateBuilder } from "./helpers/estate";
import { until } from "./helpers/receiver";
import { startMailSink, type MailSink } from "./helpers/smtp";
import { makeNextStepDue, notificationsOf, openIncident, stopWaking, untilState, wake } from "./notify-fixtures";

let admin: ApiClient;
let mail: MailSink;

beforeAll(async () => {
  admin = await as("ADMIN");
  mail = await startMailSink();
});

afterAll(async () => {
  await mail.close();
  await stopWaking();
  await closeDb();
});

describe("the team's on-call", () => {
  it("must be a member, is audited, and is who TEAM_ON_CALL steps page", async () => {
    const estate = await estateBuilder();
    const [lead, member, outsider] = [await estate.person(), await estate.person(), await estate.person()];
    const team = await estate.team([{ userId: lead.id, role: "LEAD" }, { userId: member.id, role: "MEMBER" }]);
    const system = await estate.system({ teamId: team.id, tier: 2 });

    const refused = await estate.eng.patch(`/api/v1/teams/${team.id}`, { version: team.version, onCallUserId: outsider.id });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(["onCallUserId"]);
    const set = await estate.eng.patch(`/api/v1/teams/${team.id}`, { version: team.version, onCallUserId: member.id });
    expect(set.status).toBe(200);
    expect(set.body.onCallUserId).toBe(member.id);
    const audit = await auditEntries("TEAM", team.id);
    expect(audit.at(-1)?.after).toMatchObject({ onCallUserId: member.id });

    const policy = await admin.post("/api/v1/notifications/escalation-policies", {
      name: `on-call-${team.key}`, teamId: team.id, repeatCount: 0,
      steps: [{ waitMinutes: 0, target: "TEAM_ON_CALL" }, { waitMinutes: 5, target: "TEAM_ON_CALL" }],
    });
    expect(policy.status).toBe(201);
    const incident = await openIncident({ systemId: system.id, teamId: team.id, policyId: policy.body.id });
    await wake();
    const first = await until(async () => (await notificationsOf(`"incidentId" = $1`, [incident.id]))[0], "step 1");
    expect(first.userId).toBe(member.id);
    await untilState(first.id, "DELIVERED");
    const memberEmail = (await queryDb<{ email: string }>(`SELECT "email" FROM "User" WHERE "id" = $1`, [member.id]))[0].email;
    expect(mail.mails.filter((m) => m.to.includes(memberEmail))).toHaveLength(1);

    // Removed from the team: the on-call is cleared with them, and step 2 goes to the lead.
    const after = await estate.eng.patch(`/api/v1/teams/${team.id}`, { version: set.body.version, members: [{ userId: lead.id, role: "LEAD" }] });
    expect(after.status).toBe(200);
    expect(after.body.onCallUserId).toBeNull();
    await makeNextStepDue(incident.id);
    await wake();
    const second = await until(async () => (await notificationsOf(`"incidentId" = $1 AND "kind" = 'ESCALATION'`, [incident.id]))[0], "step 2");
    expect(second.userId).toBe(lead.id);
    expect(second.targetNote).toContain("no on-call → team lead");
  });
});
