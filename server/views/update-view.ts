import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { Actor } from "@/server/auth/actor";
import type { ZViewUpdate } from "@/lib/schemas/view";
import { writeAudit } from "@/server/audit/write-audit";
import { AppError } from "@/server/http/app-error";
import { checkReferences } from "@/server/shared/check-references";
import { auditSnapshot, toView, viewReferences, viewSelect } from "./view-select";

export type UpdateViewOptions = { actor: Actor; id: string; input: z.output<typeof ZViewUpdate> };

export async function updateView({ actor, id, input }: UpdateViewOptions) {
  const { version, positions, ...data } = input;
  return db().$transaction(async (tx) => {
    const found = await tx.savedView.findUnique({ where: { id }, select: viewSelect });
    if (!found) throw AppError.notFound("Saved view");
    if (found.version !== version) throw AppError.staleVersion("This saved view");
    await checkReferences(tx, viewReferences(input));
    // null clears the view's own layout; absent leaves it as it is.
    const layout = positions === undefined ? {} : { positions: positions ?? Prisma.DbNull };
    // The version in the WHERE clause makes a concurrent writer lose cleanly instead of overwriting.
    const { count } = await tx.savedView.updateMany({
      where: { id, version },
      data: { ...data, ...layout, version: { increment: 1 } },
    });
    if (count === 0) throw AppError.staleVersion("This saved view");
    const before = toView(found);
    const after = toView(await tx.savedView.findUniqueOrThrow({ where: { id }, select: viewSelect }));
    await writeAudit(tx, { actor, action: "UPDATE", entityType: "VIEW", entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
    return after;
  });
}
