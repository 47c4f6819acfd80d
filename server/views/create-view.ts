import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZViewCreate } from "@/lib/schemas/view";
import { writeAudit } from "@/server/audit/write-audit";
import { checkReferences } from "@/server/shared/check-references";
import { auditSnapshot, toView, viewReferences, viewSelect } from "./view-select";

export type CreateViewOptions = { actor: Actor; input: z.output<typeof ZViewCreate> };

/** The creator becomes the view's owner; any engineer may change it later (views are shared). */
export async function createView({ actor, input }: CreateViewOptions) {
  return db().$transaction(async (tx) => {
    await checkReferences(tx, viewReferences(input));
    const { positions, ...data } = input;
    const view = toView(
      await tx.savedView.create({ data: { ...data, positions: positions ?? undefined, ownerId: actor.userId }, select: viewSelect }),
    );
    await writeAudit(tx, { actor, action: "CREATE", entityType: "VIEW", entityId: view.id, after: auditSnapshot(view) });
    return view;
  });
}
