// Ingestion credentials for tests, made as an admin makes them (over the API), and signed
// webhook requests built as a sender builds them (README, Health ingestion).
import { createHmac } from "node:crypto";
import { expect } from "vitest";
import { as, BASE_URL, uniqueKey, withToken, type ApiResponse } from "./client";

/** A new machine token's secret (INGEST or SCRAPE), created by the demo admin. */
export async function machineToken(scope: "INGEST" | "SCRAPE", name = uniqueKey(scope.toLowerCase())): Promise<{ id: string; secret: string }> {
  const res = await (await as("ADMIN")).post("/api/v1/ingestion/tokens", { name, scope });
  expect(res.status).toBe(201);
  return { id: res.body.token.id, secret: res.body.secret };
}

export const ingestClient = async (baseUrl = BASE_URL) => withToken((await machineToken("INGEST")).secret, baseUrl);

/** A new webhook source and its secret. */
export async function webhookSource(): Promise<{ id: string; name: string; secret: string }> {
  const name = uniqueKey("src");
  const res = await (await as("ADMIN")).post("/api/v1/ingestion/sources", { name });
  expect(res.status).toBe(201);
  return { id: res.body.source.id, name, secret: res.body.secret };
}

export type Signing = { name: string; secret: string; timestamp?: number; signature?: string };

/** POSTs `body` (exact text) signed with the source's secret; headers can be forced per test. */
export async function signedPost(path: string, body: string, s: Signing): Promise<ApiResponse> {
  const timestamp = String(s.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = s.signature ?? `sha256=${createHmac("sha256", s.secret).update(`${timestamp}.${body}`).digest("hex")}`;
  const res = await fetch(BASE_URL + path, {
    method: "POST",
    headers: { "content-type": "application/json", "x-junction-source": s.name, "x-junction-timestamp": timestamp, "x-junction-signature": signature },
    body,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** The moment samples are dated from: fixed per test file, so intervals between them are exact. */
export const SAMPLE_CLOCK = Math.floor(Date.now() / 1000) * 1000;

/** A sample for a target, `secondsAgo` before SAMPLE_CLOCK. */
export const sample = (target: Record<string, string>, secondsAgo: number, over: Record<string, unknown> = {}) => ({
  target, at: new Date(SAMPLE_CLOCK - secondsAgo * 1000).toISOString(), source: "test-monitor", status: "UP", ...over,
});
