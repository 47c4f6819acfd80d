import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { ZStandardBody, type ZStandardUpdate } from "@/lib/schemas/standard";
import { AppError } from "@/server/http/app-error";
import { zodFieldErrors } from "@/server/http/problem";
import { versionedUpdate } from "@/server/shared/versioned-update";
import { STANDARD_TRANSACTION } from "./create-standard";
import { STANDARD_ENTITY, standardSelect, toStandard } from "./standard-select";

export type UpdateStandardOptions = { actor: Actor; id: string; input: z.output<typeof ZStandardUpdate> };

/** A partial change, checked again as a whole: a new check must still fit the record type. */
export async function updateStandard({ actor, id, input }: UpdateStandardOptions) {
  const { version, ...changes } = input;
  return db().$transaction(async (tx) => {
    let data: z.output<typeof ZStandardBody> | undefined;
    return versionedUpdate({
      tx, actor, entity: STANDARD_ENTITY, id, version,
      find: async () => {
        const row = await tx.standard.findUnique({ where: { id }, select: standardSelect });
        return row && toStandard(row);
      },
      check: (before) => {
        const { id: _i, key: _k, version: _v, createdAt: _c, updatedAt: _u, ...current } = before;
        const merged = ZStandardBody.safeParse({ ...current, ...changes });
        if (!merged.success) throw AppError.validation(zodFieldErrors(merged.error));
        data = merged.data;
      },
      write: (where, next) => tx.standard.updateMany({ where, data: { ...data!, checkKind: data!.check.kind, version: next } }),
      reread: async () => toStandard(await tx.standard.findUniqueOrThrow({ where: { id }, select: standardSelect })),
    });
  }, STANDARD_TRANSACTION);
}
