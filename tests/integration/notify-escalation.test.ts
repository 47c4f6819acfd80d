// Escalation with a controllable clock: a step's wait passes when the test moves
// IncidentEscalation.nextAt back. Targets are resolved when the step runs: a deactivated technical
// owner falls through to the team lead, and the notification says why. Acknowledging stops it.
// Incidents are inserted directly until the intake work is merged (see notify-fixtures.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "@/scripts/lib/server";
import { as, type ApiClient } from "./helpers/client";
import { auditEntries, closeDb, queryDb } from "./helpers/db";
import { estateBuilder } from "./helpers/estate";
import { startReceiver, until, type Receiver } from "./helpers/receiver";
import { startSecondInstance } from "./helpers/second-instance";
import { startMailSink, type MailSink } from "./helpers/smtp";
import { createChannel, escalationOf, makeNextStepDue, notificationsOf, openIncident, stopWaking, untilState, wake } from "./notify-fixtures";

let admin: ApiClient;
let receiver: Receiver;
let mail: MailSink;
let instanceB: RunningServer | undefined;

beforeAll(async () => {
  admin = await as("ADMIN");
  receiver = await startReceiver();
  mail = await startMailSink();
});

afterAll(async () => {
  await instanceB?.stop();
  await receiver.close();
  await mail.close();
  await stopWaking();
  await closeDb();
});

/** A team with a lead, a system with a technical owner, a channel, and a policy for the team. */
async function setUp(path: string) {
  const estate = await estateBuilder();
  const lead = await estate.person();
  const owner = await estate.person();
  const team = await estate.team([{ userId: lead.id, role: "LEAD" }]);
  const system = await estate.system({ teamId: team.id, technicalOwnerId: owner.id, tier: 1 });
  const channel = await createChannel(admin, { kind: "WEBHOOK", config: { url: `${receiver.url}${path}` }, teamIds: [team.id] });
  const policy = await admin.post("/api/v1/notifications/escalation-policies", {
    name: `policy-${team.key}`,
    teamId: team.id,
    steps: [
      { waitMinutes: 0, target: "TEAM_CHANNEL" },
      { waitMinutes: 15, target: "TECHNICAL_OWNER" },
      { waitMinutes: 30, target: "TEAM_LEAD" },
    ],
    repeatCount: 0,
  });
  expect(policy.status, JSON.stringify(policy.body)).toBe(201);
  return { estate, lead, owner, team, system, channel, policy: policy.body };
}

const mailTo = (email: string) => mail.mails.filter((m) => m.to.includes(email));

describe("escalation", () => {
  it("notifies the team channel, then the owner — deactivated, so the lead, with the note — and stops on acknowledge", async () => {
    const { estate, lead, owner, team, system, channel, policy } = await setUp("/esc");
    expect((await auditEntries("ESCALATION_POLICY", policy.id)).map((a) => a.action)).toEqual(["CREATE"]);
    const incident = await openIncident({ systemId: system.id, teamId: team.id, policyId: policy.id });
    await wake();

    // Step 1: the team's channel.
    const [trigger] = await until(async () => {
      const rows = await notificationsOf(`"incidentId" = $1`, [incident.id]);
      return rows.length ? rows : undefined;
    }, "the step-1 notification");
    expect(trigger).toMatchObject({ kind: "TRIGGER", channelId: channel.id });
    await untilState(trigger.id, "DELIVERED");
    const body = JSON.parse(receiver.to("/esc")[0].body);
    expect(body).toMatchObject({ kind: "TRIGGER", incidentId: incident.id });
    expect(body.subject).toContain(`#${incident.number}`);
    expect(await escalationOf(incident.id)).toMatchObject({ step: 1, round: 0, stoppedAt: null });

    // Nothing more until the wait has passed.
    await wake();
    await new Promise((r) => setTimeout(r, 1500));
    expect(await notificationsOf(`"incidentId" = $1`, [incident.id])).toHaveLength(1);

    // The technical owner leaves before step 2 runs: the lead gets it, and the note says why.
    await estate.deactivate(owner);
    const leadEmail = (await queryDb<{ email: string; name: string }>(`SELECT "email", "name" FROM "User" WHERE "id" = $1`, [lead.id]))[0];
    const ownerName = (await queryDb<{ name: string }>(`SELECT "name" FROM "User" WHERE "id" = $1`, [owner.id]))[0].name;
    await makeNextStepDue(incident.id);
    await wake();
    const step2 = await until(async () => (await notificationsOf(`"incidentId" = $1 AND "kind" = 'ESCALATION'`, [incident.id]))[0], "step 2");
    expect(step2.userId).toBe(lead.id);
    expect(step2.targetNote).toContain(`technical owner ${ownerName} is deactivated → team lead ${leadEmail.name}`);
    await untilState(step2.id, "DELIVERED");
    expect(mailTo(leadEmail.email)).toHaveLength(1);
    // The ownership gaps page says where the deactivated owner's alerts go instead.
    const gaps = await (await as("VIEWER")).get(`/api/v1/ownership/gaps?rule=deactivated-owner&teamId=${team.id}`);
    expect(gaps.status).toBe(200);
    const finding = gaps.body.findings.items.find((f: { subject: { id: string } }) => f.subject.id === system.id);
    expect(finding.alertsGoTo.map((u: { id: string }) => u.id)).toEqual([lead.id]);
    const timeline = await (await as("VIEWER")).get(`/api/v1/notifications?incidentId=${incident.id}`);
    expect(timeline.body.items.map((n: { targetNote: string }) => n.targetNote).join("\n")).toContain("is deactivated → team lead");

    // Acknowledged (as alert processing will mark it): step 3 falls due but notifies nobody.
    await queryDb(`UPDATE "Incident" SET "state" = 'ACKNOWLEDGED', "acknowledgedAt" = now() WHERE "id" = $1`, [incident.id]);
    await makeNextStepDue(incident.id);
    await wake();
    await until(async () => ((await escalationOf(incident.id)).stoppedAt ? true : undefined), "the escalation to stop");
    expect(await escalationOf(incident.id)).toMatchObject({ step: 2, stopReason: "ACKNOWLEDGED", nextAt: null });
    expect(await notificationsOf(`"incidentId" = $1`, [incident.id])).toHaveLength(2);
  }, 60_000);

  it("a stopped escalation (stopEscalation) runs no further step even when its time is moved", async () => {
    const { team, system, policy } = await setUp("/stopped");
    const incident = await openIncident({ systemId: system.id, teamId: team.id, policyId: policy.id });
    await queryDb(`UPDATE "IncidentEscalation" SET "stoppedAt" = now() AT TIME ZONE 'UTC', "stopReason" = 'ACKNOWLEDGED' WHERE "incidentId" = $1`, [incident.id]);
    await wake();
    await new Promise((r) => setTimeout(r, 2500));
    expect(await notificationsOf(`"incidentId" = $1`, [incident.id])).toEqual([]);
  });

  it("with two instances, each step of each incident notifies exactly once", async () => {
    instanceB = await startSecondInstance();
    const { team, system, channel, policy } = await setUp("/twice");
    const incidents = [];
    for (let i = 0; i < 20; i++) incidents.push(await openIncident({ systemId: system.id, teamId: team.id, policyId: policy.id, title: `storm ${i}` }));
    // Many wake-ups at once: both instances' workers run steps concurrently.
    await Promise.all(Array.from({ length: 6 }, () => wake()));
    const ids = incidents.map((i) => i.id);
    await until(async () => {
      const rows = await notificationsOf(`"incidentId" = ANY($1) AND "state" = 'DELIVERED'`, [ids]);
      return rows.length >= 20 ? rows : undefined;
    }, "20 delivered notifications", 30_000);
    await new Promise((r) => setTimeout(r, 1500));
    const rows = await notificationsOf(`"incidentId" = ANY($1)`, [ids]);
    expect(rows).toHaveLength(20);
    expect(rows.every((r) => r.channelId === channel.id && r.kind === "TRIGGER")).toBe(true);
    const received = receiver.to("/twice").map((r) => r.headers["idempotency-key"]);
    expect(received).toHaveLength(20);
    expect(new Set(received).size).toBe(20);
    for (const id of ids) expect(await escalationOf(id)).toMatchObject({ step: 1, round: 0 });
  }, 180_000);
});
