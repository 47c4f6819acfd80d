import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import type { TOwnershipSettings, TOwnershipSettingsUpdate } from "@/lib/schemas/ownership";
import { BUS_FACTOR_SETTING_KEY } from "./ownership-rules";
import { toOwnershipSettings } from "./get-ownership-settings";

export type UpdateOwnershipSettingsOptions = { actor: Actor; input: TOwnershipSettingsUpdate };

/**
 * Stores N, audited like any change (entity SETTING, id = the setting's key): a threshold moved
 * from 3 to 30 empties a report, and who did it should be on record. Saving the same value again
 * changes nothing and writes no entry.
 */
export async function updateOwnershipSettings({ actor, input }: UpdateOwnershipSettingsOptions): Promise<TOwnershipSettings> {
  return db().$transaction(async (tx) => {
    // Locks the row while it exists, so two admins' entries each show the value they replaced.
    const [current] = await tx.$queryRaw<{ value: unknown }[]>`
      SELECT "value" FROM "Setting" WHERE "key" = ${BUS_FACTOR_SETTING_KEY} FOR UPDATE`;
    const before = toOwnershipSettings(current?.value);
    const row = await tx.setting.upsert({
      where: { key: BUS_FACTOR_SETTING_KEY },
      create: { key: BUS_FACTOR_SETTING_KEY, value: input.busFactorThreshold },
      update: { value: input.busFactorThreshold },
      select: { value: true },
    });
    const after = toOwnershipSettings(row.value);
    if (after.busFactorThreshold !== before.busFactorThreshold) {
      await writeAudit(tx, {
        actor, action: "UPDATE", entityType: "SETTING", entityId: BUS_FACTOR_SETTING_KEY,
        before: { busFactorThreshold: before.busFactorThreshold },
        after: { busFactorThreshold: after.busFactorThreshold },
      });
    }
    return after;
  });
}
