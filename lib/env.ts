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
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;
export function env(): TEnv {
  // Lazy, so `next build` can load modules without a database configured.
  cached ??= ZEnv.parse(process.env);
  return cached;
}
