// GET /api/health — liveness and database reachability (public, for load balancers and scripts)
import { db } from "@/server/db";
import { RETRY_AFTER_SECONDS } from "@/server/http/problem";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "up" });
  } catch {
    return Response.json(
      { status: "degraded", database: "down" },
      { status: 503, headers: { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" } },
    );
  }
}
