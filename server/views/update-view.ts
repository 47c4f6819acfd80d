import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import type { Actor } from "@/server/auth/actor";
import type { ZViewUpdate } from "@/lib/schemas/view";
import { checkReferences } from "@/server/shared/check-references";
import { versionedUpdate } from "@/server/shared/versioned-update";
import { VIEW_ENTITY, auditSnapshot, toView, viewReferences, viewSelect } from "./view-select";

export type UpdateViewOptions = { actor: Actor; id: string; input: z.output<typeof ZViewUpdate> };

export async function updateView({ actor, id, input }: UpdateViewOptions) {
  const { version, positions, ...data } = input;
  // null clears the view's own layout; absent leaves it as it is.
  const layout = positions === undefined ? {} : { positions: positions ?? Prisma.DbNull };
  return db().$transaction((tx) =>
    versionedUpdate({
      tx, actor, entity: VIEW_ENTITY, id, version,
      find: () => tx.savedView.findUnique({ where: { id }, select: viewSelect }),
      check: () => checkReferences(tx, viewReferences(input)),
      write: (where, next) => tx.savedView.updateMany({ where, data: { ...data, ...layout, version: next } }),
      reread: async () => toView(await tx.savedView.findUniqueOrThrow({ where: { id }, select: viewSelect })),
      audit: { before: (found) => auditSnapshot(toView(found)), after: auditSnapshot },
    }),
  );
}
