import "server-only";
import type { z } from "zod";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ZPositionsSave } from "@/lib/schemas/view";
import { checkReferences } from "@/server/shared/check-references";

export type SavePositionsOptions = { actor: Actor; input: z.output<typeof ZPositionsSave> };

/**
 * Upserts up to 2,000 positions in one statement. Deliberately not audited: a position is where
 * someone dragged a box, not a fact about the estate, and a re-layout would flood the audit log
 * with thousands of entries that say nothing about systems or interfaces. The row keeps who moved
 * it last (updatedById) and when.
 */
export async function savePositions({ actor, input }: SavePositionsOptions) {
  const { positions } = input;
  await db().$transaction(async (tx) => {
    await checkReferences(tx, { systems: positions.map((p, i) => ({ path: `positions.${i}.systemId`, id: p.systemId })) });
    await tx.$executeRaw`
      INSERT INTO "NodePosition" ("systemId", "x", "y", "updatedAt", "updatedById")
      SELECT p."systemId", p."x", p."y", now(), ${actor.userId}
        FROM unnest(${positions.map((p) => p.systemId)}::text[], ${positions.map((p) => p.x)}::float8[], ${positions.map((p) => p.y)}::float8[])
          AS p("systemId", "x", "y")
      ON CONFLICT ("systemId") DO UPDATE
        SET "x" = EXCLUDED."x", "y" = EXCLUDED."y", "updatedAt" = EXCLUDED."updatedAt", "updatedById" = EXCLUDED."updatedById"`;
  });
  return { saved: positions.length };
}
