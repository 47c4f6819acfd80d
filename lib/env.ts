// The only module that reads process.env in the app (scripts/ have their own, see scripts/lib).
import "server-only";
import { z } from "zod";

const ZEnv = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (npm start sets it for the embedded database)"),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** The app's public address. An https:// one makes responses carry HSTS and cookies Secure. */
  NEXTAUTH_URL: z.url().optional(),
  /**
   * Set behind a reverse proxy that sets X-Forwarded-For and X-Forwarded-Proto: sign-ins are then
   * rate-limited per client IP too, recorded with the forwarded address, and a forwarded https
   * counts as HTTPS (HSTS, Secure cookies).
   */
  TRUST_PROXY: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  /** "false" runs an instance without background jobs (server/jobs/); some instance must run them. */
  JUNCTION_JOBS: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
  // Health ingestion (README, Health ingestion). Every instance must be given the same values.
  /** Raw samples are kept this many days (whole day partitions are dropped after it). */
  HEALTH_RAW_RETENTION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** Hourly rollups are kept this many days. */
  HEALTH_HOURLY_RETENTION_DAYS: z.coerce.number().int().min(7).max(400).default(90),
  /** Daily rollups are kept this many days. */
  HEALTH_DAILY_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(730),
  /** Ingestion requests per token or webhook source and minute, across all instances. */
  HEALTH_INGEST_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(6_000),
  // Notifications (server/notify). SMTP for email channels and people: e.g. smtp://user:pass@host:587
  // (nodemailer's URL form; smtps:// for implicit TLS). Unset: email notifications fail and retry.
  SMTP_URL: z.string().min(1).optional(),
  /** The From address of notification emails. */
  SMTP_FROM: z.string().min(3).default("Junction <junction@localhost>"),
  /** A notification is dead-lettered after this many failed attempts. */
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** How long one delivery may take (HTTP or SMTP) before it counts as failed. */
  NOTIFY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** A claimed delivery's lease: past it, another instance takes the row over (a killed instance's). */
  NOTIFY_LEASE_SECONDS: z.coerce.number().int().min(2).max(3_600).default(60),
  // Alerts (issue 11). More new alerts than this from one source within a minute is a storm: the
  // incidents opened beyond it get one summary notification instead of one each.
  ALERT_STORM_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(50),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;
export function env(): TEnv {
  // Lazy, so `next build` can load modules without a database configured.
  cached ??= ZEnv.parse(process.env);
  return cached;
}
