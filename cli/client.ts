// The CLI's HTTP calls: bearer token, JSON in and out, problem+json turned into a CliError with
// the right exit code (cli/exit-codes.ts). Downloads come back as bytes.
import { CliError, EXIT, exitForStatus } from "./exit-codes";

export type Connection = { url: string; token?: string };

type Problem = { title?: string; detail?: string; errors?: { path?: string; message?: string; line?: number }[] };

async function send(c: Connection, method: string, path: string, body?: unknown): Promise<Response> {
  if (!c.token) throw new CliError(EXIT.AUTH, "No API token: pass --token or set JUNCTION_TOKEN (create one under Settings → API tokens).");
  const url = new URL(`/api/v1${path}`, c.url.endsWith("/") ? c.url : `${c.url}/`);
  try {
    return await fetch(url, {
      method,
      headers: { authorization: `Bearer ${c.token}`, accept: "application/json, */*", ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new CliError(EXIT.SERVER, `Cannot reach ${url.origin}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`);
  }
}

async function refuse(res: Response): Promise<never> {
  const problem = (await res.json().catch(() => ({}))) as Problem;
  const details = (problem.errors ?? []).map((e) => `${e.path ?? ""}${e.line ? `:${e.line}` : ""}  ${e.message ?? ""}`.trim());
  const text = res.status === 413 ? "The upload is too large for one request: split it into smaller files." : (problem.detail ?? problem.title ?? res.statusText);
  throw new CliError(exitForStatus(res.status), `${res.status} ${text}`, details);
}

export async function requestJson<T>(c: Connection, method: string, path: string, body?: unknown): Promise<T> {
  const res = await send(c, method, path, body);
  if (!res.ok) return refuse(res);
  return (await res.json()) as T;
}

export async function download(c: Connection, path: string): Promise<Uint8Array> {
  const res = await send(c, "GET", path);
  if (!res.ok) return refuse(res);
  return new Uint8Array(await res.arrayBuffer());
}
