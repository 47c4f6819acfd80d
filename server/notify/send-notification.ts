import "server-only";
import { env } from "@/lib/env";
import { db } from "@/server/db";
import { openSecret } from "@/server/health/source-cipher";
import { ZMessage } from "@/lib/schemas/notify-delivery";
import type { TChannelKind } from "@/lib/schemas/notify-channel";
import { renderChannelRequest, vendorError } from "./render-channel-request";
import { sendEmail } from "./send-email";

export type OutboxRow = { id: string; kind: string; incidentId: string | null; channelId: string | null; userId: string | null; payload: unknown };

/** `final`: retrying cannot help (the channel was deleted or disabled, the person has no address). */
export type SendResult = { ok: boolean; httpStatus: number | null; error: string | null; final?: boolean };

const failed = (error: string, final = false): SendResult => ({ ok: false, httpStatus: null, error, final });

async function sendToChannel(row: OutboxRow, channelId: string, now: number): Promise<SendResult> {
  const channel = await db().notificationChannel.findUnique({ where: { id: channelId } });
  if (!channel) return failed("the channel was deleted", true);
  if (!channel.enabled) return failed("the channel is disabled", true);
  const message = ZMessage.parse(row.payload);
  if (channel.kind === "EMAIL") {
    const to = (channel.config as { to?: string[] }).to ?? [];
    await sendEmail({ to, message, notificationId: row.id });
    return { ok: true, httpStatus: null, error: null };
  }
  const secret = channel.secretEncrypted ? openSecret(channel.secretEncrypted) : null;
  if (channel.secretEncrypted && secret === null) return failed("the channel's secret cannot be read (NEXTAUTH_SECRET changed?)", true);
  const request = renderChannelRequest({
    kind: channel.kind as Exclude<TChannelKind, "EMAIL">,
    url: (channel.config as { url: string }).url,
    secret,
    notificationId: row.id,
    notificationKind: row.kind,
    incidentId: row.incidentId,
    message,
    now,
  });
  const res = await fetch(request.url, {
    method: "POST",
    headers: request.headers,
    body: request.body,
    redirect: "manual",
    signal: AbortSignal.timeout(env().NOTIFY_TIMEOUT_MS),
  });
  const text = (await res.text()).slice(0, 10_000);
  if (res.status < 200 || res.status > 299) return { ok: false, httpStatus: res.status, error: `HTTP ${res.status}: ${text.slice(0, 300)}` };
  const vendor = vendorError(channel.kind, text);
  return vendor ? { ok: false, httpStatus: res.status, error: vendor } : { ok: true, httpStatus: res.status, error: null };
}

/** One attempt to deliver one outbox row; network and SMTP errors come back as a failed result. */
export async function sendNotification(row: OutboxRow): Promise<SendResult> {
  try {
    if (row.channelId) return await sendToChannel(row, row.channelId, Date.now());
    if (!row.userId) return failed("no target", true);
    const user = await db().user.findUnique({ where: { id: row.userId }, select: { email: true } });
    if (!user) return failed("the person was deleted", true);
    await sendEmail({ to: [user.email], message: ZMessage.parse(row.payload), notificationId: row.id });
    return { ok: true, httpStatus: null, error: null };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return failed(`${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 500));
  }
}
