import "server-only";
import { hotRows } from "@/server/db-hot";
import { Prisma } from "@/server/generated/prisma/client";
import { AppError } from "@/server/http/app-error";
import { JsonText } from "@/server/http/json-text";
import { SYSTEM_JSON, SYSTEM_JSON_JOINS } from "./system-json-sql";

export type GetSystemOptions = { idOrKey: string };

/**
 * A system with its team and owners, as JSON text built by PostgreSQL (see system-json-sql.ts),
 * read on the pool directly (server/db-hot.ts).
 * Its interfaces are paged through /interfaces?providerSystemId=… / consumerSystemId / viaSystemId:
 * a hub can have thousands, and even counting them here tripled this lookup's tail latency.
 */
export async function getSystem(o: GetSystemOptions): Promise<JsonText> {
  const [row] = await hotRows<{ json: string }>("junction_get_system", Prisma.sql`
    SELECT ${SYSTEM_JSON}::text AS json FROM "System" s ${SYSTEM_JSON_JOINS}
     WHERE s."id" = ${o.idOrKey} OR s."key" = ${o.idOrKey}`);
  if (!row) throw AppError.notFound("system");
  return new JsonText(row.json);
}
