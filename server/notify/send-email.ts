import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import type { TMessage } from "@/lib/schemas/notify-delivery";

const holder = globalThis as unknown as { junctionMailer?: { url: string; transport: Transporter } };

function transport(url: string, timeoutMs: number): Transporter {
  if (holder.junctionMailer?.url !== url) {
    // One pooled connection set per SMTP server; every wait bounded by the delivery timeout.
    const transport = nodemailer.createTransport(url, {
      pool: true,
      maxConnections: 3,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    } as nodemailer.TransportOptions);
    holder.junctionMailer = { url, transport };
  }
  return holder.junctionMailer.transport;
}

export type SendEmailOptions = { to: string[]; message: TMessage; notificationId: string };

/** Sends one notification email over SMTP_URL; throws when SMTP is not configured or refuses. */
export async function sendEmail({ to, message, notificationId }: SendEmailOptions): Promise<void> {
  const { SMTP_URL, SMTP_FROM, NOTIFY_TIMEOUT_MS } = env();
  if (!SMTP_URL) throw new Error("SMTP_URL is not set: email notifications cannot be sent");
  const text = message.link ? `${message.text}\n\n${message.link}` : message.text;
  const sending = transport(SMTP_URL, NOTIFY_TIMEOUT_MS).sendMail({
    from: SMTP_FROM,
    to,
    subject: message.subject,
    text,
    // Receivers that deduplicate can use it as they would Idempotency-Key (see deliver-notification.ts).
    messageId: `<${notificationId}@junction.notify>`,
    headers: { "X-Junction-Notification": notificationId },
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from SMTP within ${NOTIFY_TIMEOUT_MS} ms`)), NOTIFY_TIMEOUT_MS);
  });
  try {
    await Promise.race([sending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
