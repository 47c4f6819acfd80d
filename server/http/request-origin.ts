// Where a request came from and how it arrived, as far as the app may believe it. Forwarded
// headers can be set by any client, so they count only behind a proxy that sets them
// (TRUST_PROXY=true, lib/env.ts).
import "server-only";
import { env } from "@/lib/env";

/**
 * The socket's address, stamped on the request by the production server (apply-edge-headers.ts)
 * after removing any copy the client sent. Next.js hands route handlers no socket.
 */
export const CLIENT_ADDRESS_HEADER = "x-junction-client-address";

type HeaderSource = { get(name: string): string | null | undefined } | Record<string, unknown>;

function header(source: HeaderSource, name: string): string | undefined {
  const value = typeof source.get === "function" ? (source as { get(n: string): unknown }).get(name) : (source as Record<string, unknown>)[name];
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** The first (client-most) entry of a comma-separated forwarded header. */
const firstEntry = (value: string | undefined) => value?.split(",")[0]?.trim() || undefined;

/** Served over HTTPS: the public address is https://, or a trusted proxy says the client used https. */
export function servedOverHttps(headers: HeaderSource): boolean {
  if (env().NEXTAUTH_URL?.startsWith("https://")) return true;
  return env().TRUST_PROXY && firstEntry(header(headers, "x-forwarded-proto"))?.toLowerCase() === "https";
}

/** The client's address: X-Forwarded-For's first entry behind a trusted proxy, else the socket's. */
export function clientAddress(headers: HeaderSource): string | undefined {
  const forwarded = env().TRUST_PROXY ? firstEntry(header(headers, "x-forwarded-for")) : undefined;
  return forwarded ?? header(headers, CLIENT_ADDRESS_HEADER);
}
