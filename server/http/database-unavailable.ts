// Whether an error means "the database cannot be reached right now" (a fault that passes: the
// answer is 503 with Retry-After) rather than a bug (500). The same failure arrives in several
// shapes: from pg directly (server/db-hot.ts), wrapped by Prisma's driver adapter, or as Prisma's
// own P1xxx codes; we look through causes and aggregates for any of them.

// Node socket errors on connecting or while connected.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE"]);
// PostgreSQL SQLSTATEs: class 08 (connection exception), shutting down / starting up, too many clients.
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
// Prisma: can't reach (P1001), timed out (P1002, P1008), server closed the connection (P1017),
// no connection from the pool in time (P2024), no transaction started in time (P2028: all
// connections busy, seen under load).
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
// What Prisma's pg adapter calls the same failures (error.cause.kind of a DriverAdapterError).
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// pg raises these without a code, so their text is all there is to recognise them by.
const PG_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
];

type Inspectable = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; errors?: unknown; meta?: unknown };

function matches(error: Inspectable): boolean {
  const code = typeof error.code === "string" ? error.code : "";
  if (SOCKET_CODES.has(code) || SQLSTATES.has(code) || code.startsWith("08") || PRISMA_CODES.has(code)) return true;
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  const message = typeof error.message === "string" ? error.message : "";
  return PG_MESSAGES.some((m) => message.startsWith(m));
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as Inspectable;
  if (matches(e)) return true;
  const nested = [
    e.cause,
    (e.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError,
    ...(Array.isArray(e.errors) ? e.errors : []),
  ];
  return nested.some((n) => isDatabaseUnavailable(n, depth + 1));
}
