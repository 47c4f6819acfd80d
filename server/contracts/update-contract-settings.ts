import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import type { TContractSettings } from "@/lib/schemas/contract";
import { CONTRACT_SETTING_KEY, toContractSettings } from "./get-contract-settings";

export type UpdateContractSettingsOptions = { actor: Actor; input: TContractSettings };

/**
 * Stores the lint settings, audited (entity SETTING, id = the setting's key). They apply to
 * versions attached from now on: stored findings are what was linted, and say so (lintedAt).
 */
export async function updateContractSettings({ actor, input }: UpdateContractSettingsOptions): Promise<TContractSettings> {
  return db().$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ value: unknown }[]>`
      SELECT "value" FROM "Setting" WHERE "key" = ${CONTRACT_SETTING_KEY} FOR UPDATE`;
    const before = toContractSettings(current?.value);
    const row = await tx.setting.upsert({
      where: { key: CONTRACT_SETTING_KEY },
      create: { key: CONTRACT_SETTING_KEY, value: input },
      update: { value: input },
      select: { value: true },
    });
    const after = toContractSettings(row.value);
    if (after.errorSchemaRef !== before.errorSchemaRef) {
      await writeAudit(tx, { actor, action: "UPDATE", entityType: "SETTING", entityId: CONTRACT_SETTING_KEY, before, after });
    }
    return after;
  });
}
