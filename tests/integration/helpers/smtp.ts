// A real SMTP server (the smtp-server package) receiving the app's notification emails. The suite's
// server sends to SMTP_URL, which scripts/test.ts points at a port of its own (this one listens there).
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { from: string; to: string[]; raw: string };

export type MailSink = { mails: ReceivedMail[]; close: () => Promise<void> };

export const SMTP_URL = process.env.SMTP_URL ?? "smtp://127.0.0.1:5600";

/** Accepts every message (no TLS, no auth: a local test server) and keeps it. */
export async function startMailSink(url = SMTP_URL): Promise<MailSink> {
  const { hostname, port } = new URL(url);
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(port), hostname, () => resolve());
  });
  return { mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
