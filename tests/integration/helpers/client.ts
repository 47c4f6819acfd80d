// An HTTP client for integration tests: signs in through next-auth exactly as a browser does
// (CSRF token, credentials callback, session cookie) or sends a bearer token.
import { randomBytes } from "node:crypto";

export const BASE_URL = process.env.JUNCTION_BASE_URL ?? "http://localhost:3000";
export const DEMO_PASSWORD = "junction-demo";
export const DEMO = {
  ADMIN: "admin@junction.local",
  ENGINEER: "engineer@junction.local",
  VIEWER: "viewer@junction.local",
} as const;
export type DemoRole = keyof typeof DEMO;

export type ApiResponse<T = any> = { status: number; headers: Headers; body: T };

export class ApiClient {
  private cookies = new Map<string, string>();
  constructor(
    private bearer?: string,
    /** Another instance of the app (two-instance tests); the suite's server by default. */
    private baseUrl = BASE_URL,
  ) {}

  /** The Cookie header this client sends (its session, once signed in). */
  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      this.cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
    }
  }

  /** Raw request: `body` is JSON-encoded unless it is already a string. */
  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    if (this.cookies.size) h.cookie = this.cookieHeader();
    if (body !== undefined && !h["content-type"]) h["content-type"] = "application/json";
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      redirect: "manual",
    });
    this.remember(res);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  get = <T = any>(path: string) => this.request<T>("GET", path);
  post = <T = any>(path: string, body?: unknown) => this.request<T>("POST", path, body);
  patch = <T = any>(path: string, body?: unknown) => this.request<T>("PATCH", path, body);
  put = <T = any>(path: string, body?: unknown) => this.request<T>("PUT", path, body);
  delete = <T = any>(path: string) => this.request<T>("DELETE", path);

  /**
   * One sign-in attempt through next-auth's credentials callback, as the login form makes it:
   * whether a session cookie was granted, and next-auth's error code otherwise.
   */
  async attemptSignIn(email: string, password: string, headers: Record<string, string> = {}): Promise<{ session: boolean; error: string | null }> {
    const res = await this.signInResponse(email, password, headers);
    const session = res.headers.getSetCookie().some((c) => c.includes("next-auth.session-token="));
    const url = typeof res.body?.url === "string" ? res.body.url : undefined;
    return { session, error: url ? new URL(url).searchParams.get("error") : null };
  }

  /** The credentials callback's response itself (its Set-Cookie lines, its headers). */
  async signInResponse(email: string, password: string, headers: Record<string, string> = {}): Promise<ApiResponse> {
    const csrf = await this.request<{ csrfToken: string }>("GET", "/api/auth/csrf", undefined, headers);
    const form = new URLSearchParams({ csrfToken: csrf.body.csrfToken, email, password, json: "true" });
    return this.request("POST", "/api/auth/callback/credentials", form.toString(), {
      ...headers,
      "content-type": "application/x-www-form-urlencoded",
    });
  }

  /** Signs in; returns whether a session was granted. */
  async signIn(email: string, password: string): Promise<boolean> {
    return (await this.attemptSignIn(email, password)).session;
  }
}

const sessions = new Map<DemoRole, ApiClient>();

/** A client signed in as the demo account of `role` (one sign-in per role per test file). */
export async function as(role: DemoRole): Promise<ApiClient> {
  let client = sessions.get(role);
  if (!client) {
    client = new ApiClient();
    if (!(await client.signIn(DEMO[role], DEMO_PASSWORD))) throw new Error(`could not sign in as ${role}`);
    sessions.set(role, client);
  }
  return client;
}

export const anonymous = () => new ApiClient();
export const withToken = (secret: string, baseUrl = BASE_URL) => new ApiClient(secret, baseUrl);

/** A key no other test run has used, e.g. uniqueKey("sys") → "sys-3f9a1c2b". */
export const uniqueKey = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
