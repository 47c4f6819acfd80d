import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { WaiverStatus } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/http/app-error";
import { versionedUpdate } from "@/server/shared/versioned-update";
import { toWaivers, waiverSelect, WAIVER_ENTITY } from "./waiver-select";

export type DecideWaiverOptions = { actor: Actor; id: string; version: number; note: string; decision: "APPROVE" | "DENY" | "REVOKE" };

const NEXT: Record<DecideWaiverOptions["decision"], WaiverStatus> = { APPROVE: "APPROVED", DENY: "DENIED", REVOKE: "REVOKED" };

/**
 * Approve or deny a pending waiver (an admin other than the requester: four eyes), or revoke one
 * (the requester withdraws their pending request; an admin ends a granted one early).
 */
export async function decideWaiver({ actor, id, version, note, decision }: DecideWaiverOptions) {
  return db().$transaction((tx) =>
    versionedUpdate({
      tx, actor, entity: WAIVER_ENTITY, id, version, action: decision,
      find: () => tx.waiver.findUnique({ where: { id }, select: waiverSelect }),
      check: (w) => {
        if (decision === "REVOKE") {
          const own = w.requestedById === actor.userId && w.status === "PENDING";
          if (!own && actor.role !== "ADMIN") throw new AppError("FORBIDDEN", { key: "revokeOthersWaiver" });
          if (w.status !== "PENDING" && w.status !== "APPROVED") throw AppError.conflict({ key: "waiverNotOpen" }, [{ path: "status", message: { key: "decided" } }]);
          return;
        }
        if (w.requestedById === actor.userId) throw new AppError("FORBIDDEN", { key: "fourEyes" });
        if (w.status !== "PENDING") throw AppError.conflict({ key: "waiverNotPending" }, [{ path: "status", message: { key: "decided" } }]);
      },
      write: (where, next) => tx.waiver.updateMany({
        where,
        data: { status: NEXT[decision], decidedById: actor.userId, decidedAt: new Date(), decisionNote: note, version: next },
      }),
      reread: async () => (await toWaivers([await tx.waiver.findUniqueOrThrow({ where: { id }, select: waiverSelect })]))[0],
      audit: { before: (w) => ({ status: w.status, decisionNote: w.decisionNote, version: w.version }), after: (w) => ({ status: w.status, decisionNote: w.decisionNote, decidedBy: w.decidedBy?.email, version: w.version }) },
    }),
  );
}
