import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { machineTokenSelect, toMachineToken } from "./machine-token-select";

export type RevokeMachineTokenOptions = { actor: Actor; id: string };

/** Any admin may revoke any machine token (a personal token's id is 404 here). Twice is a no-op. */
export async function revokeMachineToken({ actor, id }: RevokeMachineTokenOptions): Promise<void> {
  await db().$transaction(async (tx) => {
    const where = { id, scope: { in: ["INGEST" as const, "SCRAPE" as const] } };
    const before = await tx.apiToken.findFirst({ where, select: machineTokenSelect });
    if (!before) throw AppError.notFound("token");
    // revokedAt: null in the WHERE clause: of two concurrent revokes only one writes and audits.
    const { count } = await tx.apiToken.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return;
    const after = await tx.apiToken.findUniqueOrThrow({ where: { id }, select: machineTokenSelect });
    await writeAudit(tx, { actor, action: "DELETE", entityType: "API_TOKEN", entityId: id, before: toMachineToken(before), after: toMachineToken(after) });
  });
}
