// Whether PostgreSQL answers, asked before a page is rendered: a page that fails half-way through
// rendering can only be a 500, so while the database is away the server answers 503 up front.
// A success is trusted for a second, so under load this is at most one SELECT 1 per second per
// instance; a failure is not cached, so pages come back as soon as the database does.
import "server-only";
import { pool } from "@/server/db";

const TRUST_UP_MS = 1000;
const TIMEOUT_MS = 2000;

let upUntil = 0;
let inFlight: Promise<boolean> | undefined;

async function probe(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), TIMEOUT_MS)));
  const answered = pool().query("SELECT 1").then(() => true, () => false);
  const up = await Promise.race([answered, timedOut]);
  clearTimeout(timer);
  if (up) upUntil = Date.now() + TRUST_UP_MS;
  return up;
}

export function databaseReachable(): Promise<boolean> {
  if (Date.now() < upUntil) return Promise.resolve(true);
  inFlight ??= probe().finally(() => (inFlight = undefined));
  return inFlight;
}
