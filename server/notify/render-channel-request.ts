// One notification as the HTTP request a channel kind expects, per each vendor's documentation:
// - generic WEBHOOK: ours (README); signed like our own webhook sources (server/health/verify-signature.ts).
// - SLACK incoming webhook, https://api.slack.com/messaging/webhooks: `text` (the fallback for
//   notifications) plus `blocks` (Block Kit "section" with mrkdwn). Answers 200 "ok".
// - FEISHU custom bot, https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot: body with
//   `msg_type: "interactive"` and a `card`; signing ("签名校验"): `timestamp` (seconds) and
//   `sign` = base64(HMAC-SHA256 keyed with "<timestamp>\n<secret>" over an empty message).
//   Answers 200 with `code` (0 = success).
// - DINGTALK robot, https://open.dingtalk.com/document/robots/custom-robot-access and
//   …/customize-robot-security-settings: `msgtype: "markdown"`; signing ("加签"): append
//   `&timestamp=<ms>&sign=<urlencode(base64(HMAC-SHA256(secret, "<timestamp>\n<secret>")))>` to the
//   URL. Answers 200 with `errcode` (0 = ok).
// - WECOM group robot, https://developer.work.weixin.qq.com/document/path/91770: `msgtype:
//   "markdown"` with `markdown.content` (at most 4096 bytes); the key is in the URL, no signing.
//   Answers 200 with `errcode` (0 = ok).
import "server-only";
import { createHmac } from "node:crypto";
import type { TChannelKind } from "@/lib/schemas/notify-channel";
import type { TMessage } from "@/lib/schemas/notify-delivery";

export type ChannelRequest = { url: string; headers: Record<string, string>; body: string };

export type RenderChannelRequestOptions = {
  kind: Exclude<TChannelKind, "EMAIL">;
  url: string;
  secret: string | null;
  notificationId: string;
  notificationKind: string;
  incidentId: string | null;
  message: TMessage;
  /** Milliseconds since the epoch: the moment the request is signed. */
  now: number;
};

const WECOM_MAX_BYTES = 4096;

/** The message as markdown: a bold subject line, then the text (and the console link). */
function markdown(message: TMessage, bold: (s: string) => string): string {
  const link = message.link ? `\n\n${message.link}` : "";
  return `${bold(message.subject)}\n\n${message.text}${link}`;
}

function truncateBytes(text: string, max: number): string {
  if (Buffer.byteLength(text, "utf8") <= max) return text;
  let cut = text.slice(0, max);
  while (Buffer.byteLength(`${cut}…`, "utf8") > max) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export function renderChannelRequest(o: RenderChannelRequestOptions): ChannelRequest {
  const json = { "content-type": "application/json" };
  const m = o.message;
  switch (o.kind) {
    case "WEBHOOK": {
      const body = JSON.stringify({
        id: o.notificationId,
        kind: o.notificationKind,
        incidentId: o.incidentId,
        subject: m.subject,
        text: m.text,
        severity: m.severity ?? null,
        link: m.link ?? null,
        sentAt: new Date(o.now).toISOString(),
      });
      const ts = String(Math.floor(o.now / 1000));
      const headers: Record<string, string> = { ...json, "x-junction-timestamp": ts, "idempotency-key": o.notificationId };
      if (o.secret) headers["x-junction-signature"] = `sha256=${createHmac("sha256", o.secret).update(`${ts}.${body}`).digest("hex")}`;
      return { url: o.url, headers, body };
    }
    case "SLACK": {
      const text = markdown(m, (s) => `*${s}*`);
      const body = JSON.stringify({ text, blocks: [{ type: "section", text: { type: "mrkdwn", text: text.slice(0, 3000) } }] });
      return { url: o.url, headers: { ...json, "idempotency-key": o.notificationId }, body };
    }
    case "FEISHU": {
      const card = {
        header: { title: { tag: "plain_text", content: m.subject }, template: o.notificationKind === "RECOVERY" ? "green" : "red" },
        elements: [{ tag: "div", text: { tag: "lark_md", content: markdown(m, (s) => `**${s}**`) } }],
      };
      const signed: Record<string, string> = {};
      if (o.secret) {
        const timestamp = String(Math.floor(o.now / 1000));
        signed.timestamp = timestamp;
        signed.sign = createHmac("sha256", `${timestamp}\n${o.secret}`).update("").digest("base64");
      }
      return { url: o.url, headers: { ...json, "idempotency-key": o.notificationId }, body: JSON.stringify({ ...signed, msg_type: "interactive", card }) };
    }
    case "DINGTALK": {
      let url = o.url;
      if (o.secret) {
        const timestamp = String(o.now);
        const sign = createHmac("sha256", o.secret).update(`${timestamp}\n${o.secret}`).digest("base64");
        url += `${url.includes("?") ? "&" : "?"}timestamp=${timestamp}&sign=${encodeURIComponent(sign)}`;
      }
      const body = JSON.stringify({ msgtype: "markdown", markdown: { title: m.subject, text: markdown(m, (s) => `### ${s}`) } });
      return { url, headers: { ...json, "idempotency-key": o.notificationId }, body };
    }
    case "WECOM": {
      const content = truncateBytes(markdown(m, (s) => `**${s}**`), WECOM_MAX_BYTES);
      return { url: o.url, headers: { ...json, "idempotency-key": o.notificationId }, body: JSON.stringify({ msgtype: "markdown", markdown: { content } }) };
    }
  }
}

/**
 * Whether a 2xx answer is a success: the robots answer 200 with an error code in the body
 * (Feishu `code`, also `StatusCode` in older bots; DingTalk and WeCom `errcode`).
 */
export function vendorError(kind: TChannelKind, responseText: string): string | null {
  if (kind !== "FEISHU" && kind !== "DINGTALK" && kind !== "WECOM") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(responseText);
  } catch {
    return `${kind} answered with a body that is not JSON`;
  }
  const body = (parsed ?? {}) as Record<string, unknown>;
  const code = kind === "FEISHU" ? (body.code ?? body.StatusCode ?? 0) : (body.errcode ?? 0);
  if (code === 0) return null;
  const text = kind === "FEISHU" ? (body.msg ?? body.StatusMessage) : body.errmsg;
  return `${kind} error ${String(code)}: ${String(text ?? "")}`.slice(0, 500);
}
