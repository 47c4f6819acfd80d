import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { MAX_WAIVER_DAYS, type ZWaiverCreate } from "@/lib/schemas/waiver";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { settleOwnCompliance } from "@/server/compliance/settle-compliance";
import { checkSubject } from "@/server/compliance/check-subject";
import { toWaivers, waiverSelect } from "./waiver-select";

export type RequestWaiverOptions = { actor: Actor; input: z.output<typeof ZWaiverCreate>; now?: number };

const DAY_MS = 86_400_000;

/** An engineer asks for an exception; it counts only once an admin other than them approves it. */
export async function requestWaiver({ actor, input, now = Date.now() }: RequestWaiverOptions) {
  const expiresAt = new Date(input.expiresAt);
  if (expiresAt.getTime() <= now) throw AppError.validation([{ path: "expiresAt", message: { key: "inTheFuture" } }]);
  if (expiresAt.getTime() > now + MAX_WAIVER_DAYS * DAY_MS) {
    throw AppError.validation([{ path: "expiresAt", message: { key: "atMostDaysAhead", params: { max: MAX_WAIVER_DAYS } } }]);
  }
  return db().$transaction(async (tx) => {
    await checkSubject({ tx, ...input });
    // One open exception per record and standard: a second request would only confuse the decision.
    const open = await tx.waiver.findFirst({
      where: { standardId: input.standardId, subjectId: input.subjectId, subjectType: input.subjectType, OR: [{ status: "PENDING" }, { status: "APPROVED", expiresAt: { gt: new Date(now) } }] },
      select: { id: true, status: true },
    });
    if (open) {
      throw AppError.conflict({ key: "waiverAlreadyOpen" }, [{ path: "standardId", message: { key: "openWaiver", params: { id: open.id } } }]);
    }
    const row = await tx.waiver.create({ data: { ...input, expiresAt, requestedById: actor.userId }, select: waiverSelect });
    const [waiver] = await toWaivers([row], now);
    await writeAudit(tx, { actor, action: "CREATE", entityType: "WAIVER", entityId: waiver.id, after: waiver });
    await settleOwnCompliance({ tx });
    return waiver;
  });
}
