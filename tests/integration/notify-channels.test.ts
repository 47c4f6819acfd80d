// Channels over the API, and each kind's message as its vendor documents it, received by a real
// HTTP server (or SMTP server) that checks the body and the signature the way the vendor does.
import { createHmac, timingSafeEqual } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, as, type ApiClient } from "./helpers/client";
import { auditEntries } from "./helpers/db";
import { startReceiver, until, type ReceivedRequest, type Receiver } from "./helpers/receiver";
import { startMailSink, type MailSink } from "./helpers/smtp";
import { createChannel, stopWaking, untilState } from "./notify-fixtures";

let admin: ApiClient;
let receiver: Receiver;
let mail: MailSink;
const SECRET = "SEC-test-secret-0123456789";

beforeAll(async () => {
  admin = await as("ADMIN");
  receiver = await startReceiver();
  mail = await startMailSink();
});

afterAll(async () => {
  await receiver.close();
  await mail.close();
  await stopWaking();
});

/** Sends a test message and waits until the receiver has it and the outbox says DELIVERED. */
async function sendTest(channelId: string, path: string): Promise<ReceivedRequest> {
  const res = await admin.post(`/api/v1/notifications/channels/${channelId}/test`);
  expect(res.status).toBe(202);
  await untilState(res.body.notificationId, "DELIVERED");
  const [request] = receiver.to(path);
  expect(receiver.to(path)).toHaveLength(1);
  return request;
}

describe("notification channels", () => {
  it("never returns the secret, validates config per kind, and audits changes", async () => {
    const channel = await createChannel(admin, { kind: "WEBHOOK", config: { url: `${receiver.url}/crud` }, secret: SECRET });
    expect(channel).toMatchObject({ kind: "WEBHOOK", hasSecret: true, enabled: true, teams: [] });
    expect(JSON.stringify(channel)).not.toContain(SECRET);
    const list = await admin.get("/api/v1/notifications/channels");
    expect(JSON.stringify(list.body)).not.toContain(SECRET);
    expect(JSON.stringify(await auditEntries("NOTIFICATION_CHANNEL", channel.id))).not.toContain(SECRET);

    const ftp = await admin.post("/api/v1/notifications/channels", { name: "bad-url", kind: "WEBHOOK", config: { url: "ftp://example.com/x" } });
    expect(ftp.status).toBe(422);
    const wrongShape = await admin.post("/api/v1/notifications/channels", { name: "bad-email", kind: "EMAIL", config: { url: "https://example.com" } });
    expect(wrongShape.status).toBe(422);
    expect(wrongShape.body.errors.map((e: { path: string }) => e.path)).toContain("config");

    const cleared = await admin.patch(`/api/v1/notifications/channels/${channel.id}`, { version: channel.version, secret: null, enabled: false });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ hasSecret: false, enabled: false });
    const stale = await admin.patch(`/api/v1/notifications/channels/${channel.id}`, { version: channel.version, enabled: true });
    expect(stale.status).toBe(409);
    expect((await admin.delete(`/api/v1/notifications/channels/${channel.id}`)).status).toBe(204);
    expect((await auditEntries("NOTIFICATION_CHANNEL", channel.id)).map((a) => a.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
  });

  it("refuses engineers, viewers and anonymous callers", async () => {
    expect((await (await as("ENGINEER")).get("/api/v1/notifications/channels")).status).toBe(403);
    expect((await (await as("VIEWER")).post("/api/v1/notifications/channels", {})).status).toBe(403);
    expect((await anonymous().get("/api/v1/notifications/channels")).status).toBe(401);
  });

  it("generic webhook: JSON body, X-Junction-Signature = sha256 HMAC of '<ts>.<body>', Idempotency-Key", async () => {
    const channel = await createChannel(admin, { kind: "WEBHOOK", config: { url: `${receiver.url}/webhook` }, secret: SECRET });
    const req = await sendTest(channel.id, "/webhook");
    const ts = String(req.headers["x-junction-timestamp"]);
    expect(Math.abs(Date.now() / 1000 - Number(ts))).toBeLessThan(300);
    const expected = createHmac("sha256", SECRET).update(`${ts}.${req.body}`).digest();
    const given = Buffer.from(String(req.headers["x-junction-signature"]).replace(/^sha256=/, ""), "hex");
    expect(given.length === expected.length && timingSafeEqual(given, expected)).toBe(true);
    const body = JSON.parse(req.body);
    expect(req.headers["idempotency-key"]).toBe(body.id);
    expect(body).toMatchObject({ kind: "TEST", incidentId: null });
    expect(body.subject).toContain("TEST");
  });

  it("Slack incoming webhook: text and blocks", async () => {
    const channel = await createChannel(admin, { kind: "SLACK", config: { url: `${receiver.url}/slack` } });
    const body = JSON.parse((await sendTest(channel.id, "/slack")).body);
    expect(typeof body.text).toBe("string");
    expect(body.blocks[0]).toMatchObject({ type: "section", text: { type: "mrkdwn" } });
  });

  it("Feishu custom bot: signed as Feishu verifies it, code 0 is success, a non-zero code is a failure", async () => {
    receiver.answerWith({ status: 200, body: '{"code":0,"msg":"success","data":{}}' });
    const channel = await createChannel(admin, { kind: "FEISHU", config: { url: `${receiver.url}/feishu/hook/abc` }, secret: SECRET });
    const body = JSON.parse((await sendTest(channel.id, "/feishu")).body);
    // Feishu: string_to_sign = timestamp + "\n" + secret, HmacSHA256 keyed with it over "", base64.
    expect(Math.abs(Date.now() / 1000 - Number(body.timestamp))).toBeLessThan(3600);
    expect(body.sign).toBe(createHmac("sha256", `${body.timestamp}\n${SECRET}`).update("").digest("base64"));
    expect(body.msg_type).toBe("interactive");
    expect(body.card.elements[0].text.content).toContain("测试");

    receiver.answerWith({ status: 200, body: '{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time"}' });
    const res = await admin.post(`/api/v1/notifications/channels/${channel.id}/test`);
    const failed = await until(async () => {
      const log = await admin.get(`/api/v1/notifications?channelId=${channel.id}&state=PENDING`);
      const item = log.body.items.find((n: { id: string }) => n.id === res.body.notificationId);
      return item?.attemptLog.length ? item : undefined;
    }, "the failed attempt");
    expect(failed.attemptLog[0]).toMatchObject({ ok: false, httpStatus: 200 });
    expect(failed.lastError).toContain("19021");
    receiver.answerWith({ status: 200, body: "ok" });
  });

  it("DingTalk robot: markdown, timestamp and sign on the URL as DingTalk verifies them", async () => {
    receiver.answerWith({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' });
    const channel = await createChannel(admin, { kind: "DINGTALK", config: { url: `${receiver.url}/dingtalk/robot/send?access_token=t0k` }, secret: SECRET });
    const req = await sendTest(channel.id, "/dingtalk");
    const url = new URL(req.url, receiver.url);
    expect(url.searchParams.get("access_token")).toBe("t0k");
    const timestamp = url.searchParams.get("timestamp")!;
    expect(Math.abs(Date.now() - Number(timestamp))).toBeLessThan(3_600_000);
    // DingTalk: HmacSHA256(secret, timestamp + "\n" + secret), base64, then urlEncode.
    const sign = createHmac("sha256", SECRET).update(`${timestamp}\n${SECRET}`).digest("base64");
    expect(url.searchParams.get("sign")).toBe(sign);
    expect(JSON.parse(req.body)).toMatchObject({ msgtype: "markdown", markdown: { title: expect.stringContaining("TEST") } });
    receiver.answerWith({ status: 200, body: "ok" });
  });

  it("WeCom group robot: markdown content, the key in the URL", async () => {
    receiver.answerWith({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' });
    const channel = await createChannel(admin, { kind: "WECOM", config: { url: `${receiver.url}/wecom/webhook/send?key=k3y` } });
    const req = await sendTest(channel.id, "/wecom");
    expect(new URL(req.url, receiver.url).searchParams.get("key")).toBe("k3y");
    const body = JSON.parse(req.body);
    expect(body.msgtype).toBe("markdown");
    expect(body.markdown.content).toContain("TEST");
    receiver.answerWith({ status: 200, body: "ok" });
  });

  it("email: the message reaches the SMTP server for each recipient", async () => {
    const channel = await createChannel(admin, { kind: "EMAIL", config: { to: ["oncall@example.test", "lead@example.test"] } });
    const res = await admin.post(`/api/v1/notifications/channels/${channel.id}/test`);
    await untilState(res.body.notificationId, "DELIVERED");
    const received = mail.mails.find((m) => m.raw.includes(res.body.notificationId));
    expect(received?.to.sort()).toEqual(["lead@example.test", "oncall@example.test"]);
    expect(received?.raw).toContain(`X-Junction-Notification: ${res.body.notificationId}`);
    expect(received?.raw).toMatch(/^Subject: /m);
  });
});
