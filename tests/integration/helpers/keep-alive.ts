// An HTTP client on ONE keep-alive connection (node:http, maxSockets 1), which tells which socket
// each answer came on: the fuzz tests check that the request after a hostile one really reuses
// the connection and succeeds. fetch() hides connection reuse, so it cannot check that.
import http from "node:http";
import type { Socket } from "node:net";
import { BASE_URL } from "./client";

const ANSWER_TIMEOUT_MS = 20_000;

export type Answer = {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** Which connection served it (1, 2, … in the order this client opened them). */
  socket: number;
  reused: boolean;
};

export type Outgoing = {
  method: string;
  /** Sent as is: percent-escapes stay escaped, so hostile paths reach the server unchanged. */
  path: string;
  headers?: Record<string, string | number>;
  /** Raw bytes; `chunked` sends them without a content-length, in 64 kB writes. */
  body?: Buffer;
  chunked?: boolean;
};

export class KeepAliveClient {
  // An idle connection is dropped by the client before the server's keep-alive timeout (5 s) can
  // close it under a request in flight: that race is the client's to avoid, not a server fault.
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1, timeout: 3000 });
  private readonly ids = new WeakMap<Socket, number>();
  private opened = 0;
  /** Requests sent through this client. */
  count = 0;

  constructor(
    private readonly baseHeaders: Record<string, string> = {},
    private readonly base = new URL(BASE_URL),
  ) {}

  request(out: Outgoing): Promise<Answer> {
    this.count += 1;
    const headers: Record<string, string | number> = { ...this.baseHeaders, ...out.headers };
    if (out.body && !out.chunked) headers["content-length"] = out.body.length;
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: this.base.hostname, port: this.base.port, method: out.method, path: out.path, headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("error", reject);
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString("utf8"),
              socket: this.ids.get(req.socket as Socket) ?? 0,
              reused: req.reusedSocket,
            }),
          );
        },
      );
      req.on("socket", (s: Socket) => {
        if (!this.ids.has(s)) this.ids.set(s, ++this.opened);
      });
      req.on("error", reject);
      // A server that never answers (a stalled connection) is a failure to report, not a hang.
      req.setTimeout(ANSWER_TIMEOUT_MS, () => req.destroy(Object.assign(new Error("no answer in time"), { code: "TIMEOUT" })));
      if (out.body && out.chunked) {
        for (let i = 0; i < out.body.length; i += 65536) req.write(out.body.subarray(i, i + 65536));
      } else if (out.body) {
        req.write(out.body);
      }
      req.end();
    });
  }

  close() {
    this.agent.destroy();
  }
}
