// A real HTTP server standing in for a webhook receiver (a chat robot, a customer's endpoint):
// it records every request, and can answer an error, hold its answer, or be closed and reopened
// on the same port (a receiver that is down for a while).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type ReceivedRequest = { method: string; url: string; headers: IncomingMessage["headers"]; body: string; at: number };

type Answer = { status: number; body: string; delayMs?: number };

export class Receiver {
  readonly requests: ReceivedRequest[] = [];
  private answer: Answer = { status: 200, body: "ok" };
  private server?: Server;
  private sockets = new Set<Socket>();
  private held = new Set<() => void>();
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What it answers from now on (status, body, and how long it holds the answer). */
  answerWith(answer: Answer): void {
    this.answer = answer;
  }

  /** Listens on `port` (0: a free one; the same one again after close()). */
  async open(port = this.port): Promise<this> {
    const server = createServer((req, res) => this.handle(req, res));
    server.on("connection", (s) => {
      this.sockets.add(s);
      s.once("close", () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  /** Stops listening and cuts every open connection (held answers are never sent). */
  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    for (const s of this.sockets) s.destroy();
    for (const release of this.held) release();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Sends every held answer now. */
  releaseHeld(): void {
    for (const release of [...this.held]) release();
  }

  /** Requests to one path prefix, or all. */
  to(pathPrefix = "/"): ReceivedRequest[] {
    return this.requests.filter((r) => r.url.startsWith(pathPrefix));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      this.requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      const { status, body, delayMs } = this.answer;
      const send = () => {
        this.held.delete(send);
        if (!res.destroyed) res.writeHead(status, { "content-type": body.startsWith("{") ? "application/json" : "text/plain" }).end(body);
      };
      if (!delayMs) return send();
      this.held.add(send);
      setTimeout(send, delayMs).unref();
    });
  }
}

export async function startReceiver(): Promise<Receiver> {
  return new Receiver().open(0);
}

/** Polls until `read` returns something other than undefined (or fails after `ms`). */
export async function until<T>(read: () => T | undefined | Promise<T | undefined>, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
