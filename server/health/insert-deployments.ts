import "server-only";
import { pool } from "@/server/db";
import { newId } from "@/server/import/new-id";

export type DeploymentRow = {
  systemId: string; source: string; externalId: string | null; version: string; environment: string;
  status: string; strategy: string | null; link: string | null; atMs: number;
};

const utc = (ms: number) => new Date(ms).toISOString().replace("T", " ").slice(0, 23);

// Stored once: by (source, externalId) when the sender gives its own id, else by the natural key
// (system, source, environment, version, time). ON CONFLICT DO NOTHING covers both unique indexes.
const SQL = `
INSERT INTO "Deployment" ("id", "systemId", "source", "externalId", "version", "environment", "status", "strategy", "link", "at")
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::"DeploymentStatus"[],
                     $8::text[], $9::text[], $10::timestamp(3)[])
 ORDER BY 2, 10
ON CONFLICT DO NOTHING
RETURNING 1`;

export type InsertDeploymentsOptions = { rows: DeploymentRow[] };

/** One statement for the batch; returns how many were new. */
export async function insertDeployments({ rows }: InsertDeploymentsOptions): Promise<number> {
  if (!rows.length) return 0;
  const col = <T>(f: (r: DeploymentRow) => T) => rows.map(f);
  const result = await pool().query({
    name: "junction_insert_deployments",
    text: SQL,
    values: [col(() => newId()), col((r) => r.systemId), col((r) => r.source), col((r) => r.externalId), col((r) => r.version),
      col((r) => r.environment), col((r) => r.status), col((r) => r.strategy), col((r) => r.link), col((r) => utc(r.atMs))],
  });
  return result.rowCount ?? 0;
}
