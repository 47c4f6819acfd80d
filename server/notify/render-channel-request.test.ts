import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { renderChannelRequest, vendorError, type RenderChannelRequestOptions } from "./render-channel-request";

const base: Omit<RenderChannelRequestOptions, "kind"> = {
  url: "https://hooks.example.com/robot/send?access_token=abc",
  secret: "SECabcdefgh",
  notificationId: "n1",
  notificationKind: "TRIGGER",
  incidentId: "i1",
  message: { subject: "[FIRING] #1 orders", text: "Incident #1\n事件 #1", severity: "critical", link: "/alerts/incidents/i1" },
  now: 1_700_000_000_123,
};

describe("renderChannelRequest", () => {
  it("signs the generic webhook over '<ts>.<body>' and sends the notification id as Idempotency-Key", () => {
    const r = renderChannelRequest({ ...base, kind: "WEBHOOK" });
    expect(r.headers["x-junction-timestamp"]).toBe("1700000000");
    expect(r.headers["idempotency-key"]).toBe("n1");
    const expected = createHmac("sha256", "SECabcdefgh").update(`1700000000.${r.body}`).digest("hex");
    expect(r.headers["x-junction-signature"]).toBe(`sha256=${expected}`);
    expect(JSON.parse(r.body)).toMatchObject({ id: "n1", kind: "TRIGGER", incidentId: "i1", subject: "[FIRING] #1 orders" });
  });

  it("leaves the webhook unsigned without a secret", () => {
    expect(renderChannelRequest({ ...base, secret: null, kind: "WEBHOOK" }).headers["x-junction-signature"]).toBeUndefined();
  });

  it("signs Feishu with base64 HMAC keyed by '<timestamp>\\n<secret>' over an empty message", () => {
    const body = JSON.parse(renderChannelRequest({ ...base, kind: "FEISHU" }).body);
    expect(body.timestamp).toBe("1700000000");
    expect(body.sign).toBe(createHmac("sha256", "1700000000\nSECabcdefgh").update("").digest("base64"));
    expect(body.msg_type).toBe("interactive");
    expect(body.card.header.title.content).toBe("[FIRING] #1 orders");
  });

  it("signs DingTalk on the URL with the millisecond timestamp, url-encoded", () => {
    const r = renderChannelRequest({ ...base, kind: "DINGTALK" });
    const url = new URL(r.url);
    expect(url.searchParams.get("access_token")).toBe("abc");
    expect(url.searchParams.get("timestamp")).toBe("1700000000123");
    const sign = createHmac("sha256", "SECabcdefgh").update("1700000000123\nSECabcdefgh").digest("base64");
    expect(url.searchParams.get("sign")).toBe(sign);
    expect(r.url).toContain(`sign=${encodeURIComponent(sign)}`);
    expect(JSON.parse(r.body)).toMatchObject({ msgtype: "markdown", markdown: { title: "[FIRING] #1 orders" } });
  });

  it("renders Slack text with blocks and WeCom markdown within 4096 bytes", () => {
    const slack = JSON.parse(renderChannelRequest({ ...base, kind: "SLACK" }).body);
    expect(slack.text).toContain("*[FIRING] #1 orders*");
    expect(slack.blocks[0]).toMatchObject({ type: "section", text: { type: "mrkdwn" } });
    const long = { ...base.message, text: "事".repeat(5000) };
    const wecom = JSON.parse(renderChannelRequest({ ...base, message: long, kind: "WECOM" }).body);
    expect(wecom.msgtype).toBe("markdown");
    expect(Buffer.byteLength(wecom.markdown.content, "utf8")).toBeLessThanOrEqual(4096);
  });
});

describe("vendorError", () => {
  it("treats a 200 with a non-zero code as a failure", () => {
    expect(vendorError("FEISHU", '{"code":0,"msg":"success"}')).toBeNull();
    expect(vendorError("FEISHU", '{"code":19021,"msg":"sign match fail"}')).toContain("19021");
    expect(vendorError("DINGTALK", '{"errcode":310000,"errmsg":"sign not match"}')).toContain("310000");
    expect(vendorError("WECOM", '{"errcode":0,"errmsg":"ok"}')).toBeNull();
    expect(vendorError("WECOM", "not json")).not.toBeNull();
    expect(vendorError("SLACK", "ok")).toBeNull();
  });
});
