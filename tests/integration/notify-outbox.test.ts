// The outbox's faults, with real servers: a receiver that is down (retried with backoff, every
// message arrives once), one that keeps failing (dead-lettered after NOTIFY_MAX_ATTEMPTS = 8, then
// retried by an admin), and an app instance killed while its delivery waits for an answer (another
// instance takes the row over once the lease lapses).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "@/scripts/lib/server";
import { ApiClient, as, DEMO, DEMO_PASSWORD } from "./helpers/client";
import { closeDb, queryDb } from "./helpers/db";
import { startReceiver, until, type Receiver } from "./helpers/receiver";
import { startSecondInstance } from "./helpers/second-instance";
import { createChannel, notificationsOf, stopWaking, untilState, wake } from "./notify-fixtures";

let admin: ApiClient;
let receiver: Receiver;
let instanceB: RunningServer | undefined;

beforeAll(async () => {
  admin = await as("ADMIN");
  receiver = await startReceiver();
});

afterAll(async () => {
  await instanceB?.stop();
  await receiver.close();
  await stopWaking();
  await closeDb();
});

const sendTest = async (client: ApiClient, channelId: string): Promise<string> => {
  const res = await client.post(`/api/v1/notifications/channels/${channelId}/test`);
  expect(res.status).toBe(202);
  return res.body.notificationId;
};

describe("the outbox", () => {
  it("retries while the receiver is down; once it is back every message arrives, none twice", async () => {
    const channel = await createChannel(admin, { kind: "WEBHOOK", config: { url: `${receiver.url}/down` } });
    await receiver.close();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await sendTest(admin, channel.id));
    // Each has failed once (connection refused) and waits for its retry, 5 s later.
    await until(async () => {
      const rows = await notificationsOf(`"id" = ANY($1)`, [ids]);
      return rows.every((r) => r.attempts >= 1 && r.state === "PENDING" && r.lastError) ? rows : undefined;
    }, "a failed first attempt of each");
    await receiver.open();
    for (const id of ids) await untilState(id, "DELIVERED", 30_000);
    const keys = receiver.to("/down").map((r) => r.headers["idempotency-key"]);
    expect(keys.sort()).toEqual([...ids].sort());
    const attempts = await queryDb<{ ok: boolean }>(`SELECT "ok" FROM "NotificationAttempt" WHERE "notificationId" = ANY($1)`, [ids]);
    expect(attempts.filter((a) => a.ok)).toHaveLength(5);
    expect(attempts.filter((a) => !a.ok).length).toBeGreaterThanOrEqual(5);
  }, 60_000);

  it("dead-letters after 8 failed attempts, shows it in the log, and an admin's retry delivers it", async () => {
    receiver.answerWith({ status: 500, body: "boom" });
    const channel = await createChannel(admin, { kind: "WEBHOOK", config: { url: `${receiver.url}/dead` } });
    const id = await sendTest(admin, channel.id);
    for (let attempt = 1; attempt <= 8; attempt++) {
      await until(async () => ((await notificationsOf(`"id" = $1`, [id]))[0].attempts >= attempt ? true : undefined), `attempt ${attempt}`);
      await until(async () => {
        const [row] = await queryDb<{ leaseUntil: Date | null; state: string }>(`SELECT "leaseUntil", "state"::text FROM "Notification" WHERE "id" = $1`, [id]);
        return row.leaseUntil === null ? true : undefined;
      }, `attempt ${attempt} recorded`);
      // The controllable clock: the backoff has passed.
      await queryDb(`UPDATE "Notification" SET "nextAttemptAt" = now() AT TIME ZONE 'UTC' WHERE "id" = $1 AND "state" = 'PENDING'`, [id]);
      await wake();
    }
    const dead = await untilState(id, "DEAD");
    expect(dead).toMatchObject({ attempts: 8 });
    expect(dead.lastError).toContain("HTTP 500");
    expect(receiver.to("/dead")).toHaveLength(8);

    const log = await (await as("VIEWER")).get(`/api/v1/notifications?state=DEAD&channelId=${channel.id}`);
    expect(log.status).toBe(200);
    expect(log.body.items.map((n: { id: string }) => n.id)).toEqual([id]);
    expect(log.body.items[0].attemptLog).toHaveLength(8);
    expect(log.body.items[0].attemptLog.every((a: { ok: boolean; httpStatus: number }) => !a.ok && a.httpStatus === 500)).toBe(true);

    expect((await (await as("ENGINEER")).post(`/api/v1/notifications/${id}/retry`)).status).toBe(403);
    receiver.answerWith({ status: 200, body: "ok" });
    const retried = await admin.post(`/api/v1/notifications/${id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ state: "PENDING", attempts: 0 });
    await untilState(id, "DELIVERED");
    expect(receiver.to("/dead")).toHaveLength(9);
    expect((await admin.post(`/api/v1/notifications/${id}/retry`)).status).toBe(409);
  }, 90_000);

  it("an instance killed mid-delivery: the lease lapses and the other instance delivers it", async () => {
    const runnerPids = async () =>
      (await queryDb<{ name: string }>(`SELECT DISTINCT "application_name" AS "name" FROM pg_stat_activity WHERE "application_name" LIKE 'junction-jobs-%'`))
        .map((r) => Number(r.name.replace("junction-jobs-", "")));
    const suitePids = await runnerPids();
    // B's short lease is what a killed instance leaves behind; A (the suite's server) takes over.
    instanceB = await startSecondInstance({ NOTIFY_LEASE_SECONDS: "4", NOTIFY_TIMEOUT_MS: "30000" });
    await until(async () => ((await runnerPids()).length > suitePids.length ? true : undefined), "B's job runner");
    const onB = new ApiClient(undefined, instanceB.url);
    expect(await onB.signIn(DEMO.ADMIN, DEMO_PASSWORD)).toBe(true);
    const channel = await createChannel(admin, { kind: "WEBHOOK", config: { url: `${receiver.url}/killed` } });
    // Created through B, whose wake-up reaches B's own worker at once: B nearly always claims it.
    // Should A win the race, that message is let through and the scenario tried again.
    let victim: { id: string; pid: number } | undefined;
    for (let round = 0; round < 6 && !victim; round++) {
      receiver.answerWith({ status: 200, body: "ok", delayMs: 60_000 });
      const before = receiver.to("/killed").length;
      const id = await sendTest(onB, channel.id);
      await until(() => (receiver.to("/killed").length > before ? true : undefined), "the held request");
      const [row] = await queryDb<{ leasedBy: string }>(`SELECT "leasedBy" FROM "Notification" WHERE "id" = $1`, [id]);
      const pid = Number(row.leasedBy.split(":")[1]);
      if (!suitePids.includes(pid)) {
        victim = { id, pid };
        break;
      }
      receiver.answerWith({ status: 200, body: "ok" });
      receiver.releaseHeld();
      await untilState(id, "DELIVERED", 30_000);
    }
    expect(victim).toBeDefined();
    process.kill(victim!.pid, "SIGKILL");
    await instanceB.stop();
    instanceB = undefined;
    receiver.answerWith({ status: 200, body: "ok" });
    const delivered = await untilState(victim!.id, "DELIVERED", 30_000);
    expect(delivered.attempts).toBe(2);
    // The one duplicate the outbox cannot rule out (the killed claim's request did arrive): both
    // copies carry the same Idempotency-Key, for the receiver to drop the second.
    const copies = receiver.to("/killed").filter((r) => r.headers["idempotency-key"] === victim!.id);
    expect(copies).toHaveLength(2);
    // Only the surviving claim recorded an attempt: the killed one never got to.
    const attempts = await queryDb<{ ok: boolean }>(`SELECT "ok" FROM "NotificationAttempt" WHERE "notificationId" = $1`, [victim!.id]);
    expect(attempts).toEqual([{ ok: true }]);
  }, 240_000);
});
