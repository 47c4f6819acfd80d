// Sends one hostile request, judges the answer, then checks the connection with a plain request on
// the same socket. Failures are collected (with everything needed to replay them), not thrown, so
// one run reports every broken route at once.
import { ApiClient, DEMO, DEMO_PASSWORD, type DemoRole } from "./client";
import { KeepAliveClient, type Answer, type Outgoing } from "./keep-alive";

export type Role = DemoRole | "ANONYMOUS";
export const ROLES: Role[] = ["ANONYMOUS", "VIEWER", "ENGINEER", "ADMIN"];

/** `heavy`: megabytes to send or to parse; sent as admin only, to keep the run short. */
export type FuzzCase = { role: Role; label: string; out: Outgoing; refuse: boolean; heavy?: boolean };

// What an answer must never show: stack frames, server file paths, error class names, driver text.
const LEAKS: Array<[string, RegExp]> = [
  ["stack frame", /\n\s*at \S[^\n]*:\d+:\d+/],
  ["server file path", /(?:\/work\/|\/home\/|\/root\/|node_modules\/|webpack-internal:|file:\/\/\/)/],
  ["error class", /\b\w*Error: /],
  ["driver message", /invalid byte sequence|PrismaClient|DriverAdapter|queryRaw|\bSQLSTATE\b/],
];

/** A keep-alive client per role, signed in through next-auth as the browser does. */
export async function clientsByRole(): Promise<Record<Role, KeepAliveClient>> {
  const signedIn = async (role: DemoRole) => {
    const api = new ApiClient();
    if (!(await api.signIn(DEMO[role], DEMO_PASSWORD))) throw new Error(`could not sign in as ${role}`);
    return new KeepAliveClient({ cookie: api.cookieHeader() });
  };
  return {
    ANONYMOUS: new KeepAliveClient(),
    VIEWER: await signedIn("VIEWER"),
    ENGINEER: await signedIn("ENGINEER"),
    ADMIN: await signedIn("ADMIN"),
  };
}

function problemShapeError(answer: Answer): string | undefined {
  if (!String(answer.headers["content-type"]).startsWith("application/problem+json")) {
    return `content-type ${answer.headers["content-type"]}, not application/problem+json`;
  }
  try {
    const p = JSON.parse(answer.text);
    if (p.status !== answer.status) return `problem status ${p.status} ≠ ${answer.status}`;
    if (typeof p.title !== "string" || typeof p.detail !== "string") return "problem without title/detail";
    if (!Array.isArray(p.errors)) return "problem without an errors list";
  } catch {
    return "problem body is not JSON";
  }
  return undefined;
}

export class FuzzRun {
  readonly failures: string[] = [];
  requests = 0;
  /** Hostile requests whose connection was checked by a following request on the same socket. */
  reusedAfter = 0;

  constructor(private readonly kind: "api" | "page") {}

  private fail(c: FuzzCase, what: string) {
    this.failures.push(`${c.role} ${c.out.method} ${c.out.path.slice(0, 160)} [${c.label}]: ${what}`);
  }

  async check(client: KeepAliveClient, c: FuzzCase): Promise<void> {
    this.requests += 1;
    let answer: Answer;
    try {
      answer = await client.request(c.out);
    } catch (error) {
      return this.fail(c, `no answer (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const head = answer.text.slice(0, 200).replace(/\s+/g, " ");
    if (answer.status >= 500) this.fail(c, `${answer.status}: ${head}`);
    else if (c.refuse && answer.status < 400) this.fail(c, `expected a 4xx refusal, got ${answer.status}: ${head}`);
    if (this.kind === "api" && answer.status >= 400) {
      const shape = problemShapeError(answer);
      if (shape) this.fail(c, `${answer.status} ${shape}: ${head}`);
    }
    for (const [name, pattern] of LEAKS) {
      const m = pattern.exec(answer.text);
      if (m) this.fail(c, `${name} in the answer: …${answer.text.slice(Math.max(0, m.index - 60), m.index + 80)}…`);
    }
    await this.checkConnection(client, c, answer);
  }

  /** The next request on the same connection is answered (unless the server said it closes it). */
  private async checkConnection(client: KeepAliveClient, c: FuzzCase, answer: Answer) {
    this.requests += 1;
    try {
      const next = await client.request({ method: "GET", path: "/api/health" });
      if (next.status !== 200) return this.fail(c, `the next request got ${next.status}`);
      if (answer.headers.connection === "close") return;
      if (next.socket !== answer.socket || !next.reused) return this.fail(c, "the next request did not reuse the connection");
      this.reusedAfter += 1;
    } catch (error) {
      this.fail(c, `the next request on the same connection failed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
}
