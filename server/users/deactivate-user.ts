import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZUserDeactivate } from "@/lib/schemas/user";
import { AppError } from "@/server/http/app-error";
import { refSelect } from "@/server/shared/ref-select";
import { applyUserUpdate } from "./apply-user-update";
import { handOverOwnerships } from "./hand-over-ownerships";

export type DeactivateUserOptions = { actor: Actor; id: string; input: z.output<typeof ZUserDeactivate> };

// Thousands of hand-overs are thousands of audit entries written in one transaction: more than
// Prisma's default 5 s allows on a busy machine.
const TRANSACTION = { timeout: 60_000, maxWait: 10_000 };

/** Teams whose only active lead was this person (they stay a member: the membership is history). */
async function teamsLeftWithoutLead(tx: Tx, userId: string) {
  const led = await tx.teamMember.findMany({
    where: { userId, role: "LEAD" },
    select: {
      team: {
        select: {
          ...refSelect,
          members: { where: { role: "LEAD", userId: { not: userId }, user: { active: true } }, select: { userId: true }, take: 1 },
        },
      },
    },
  });
  return led
    .filter(({ team }) => team.members.length === 0)
    .map(({ team: { members: _members, ...ref } }) => ref)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Deactivates a person after handing their ownerships over, in one transaction: each hand-over is
 * an audited UPDATE of the record, then the deactivation exactly as PATCH { active: false } does it
 * (audit DEACTIVATE, sessions cut off, tokens refused). Whatever is not handed over stays with the
 * person and shows as a "deactivated owner" gap, never as a dangling reference.
 */
export async function deactivateUser({ actor, id, input }: DeactivateUserOptions) {
  return db().$transaction(async (tx) => {
    // Checked first so an unknown person or a stale form is answered as such, not as 422s on
    // hand-overs that no longer match; applyUserUpdate checks the version again when it writes.
    const current = await tx.user.findUnique({ where: { id }, select: { version: true, active: true } });
    if (!current) throw AppError.notFound("user");
    if (current.version !== input.version) throw AppError.staleVersion("user");
    if (!current.active) throw AppError.conflict({ key: "alreadyDeactivated" }, [{ path: "active", message: { key: "alreadyDeactivated" } }]);

    const counts = await handOverOwnerships({ tx, actor, userId: id, handovers: input.handovers });
    const user = await applyUserUpdate({ tx, actor, id, input: { version: input.version, active: false } });
    return { ...user, ...counts, teamsWithoutLead: await teamsLeftWithoutLead(tx, id) };
  }, TRANSACTION);
}
