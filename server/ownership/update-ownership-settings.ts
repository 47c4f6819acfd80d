import "server-only";
import { db } from "@/server/db";
import type { TOwnershipSettings, TOwnershipSettingsUpdate } from "@/lib/schemas/ownership";
import { BUS_FACTOR_SETTING_KEY } from "./ownership-rules";
import { toOwnershipSettings } from "./get-ownership-settings";

export type UpdateOwnershipSettingsOptions = { input: TOwnershipSettingsUpdate };

/**
 * Stores N. Not audited: the audit trail records CMDB entities and people (EntityType has no
 * setting), and the value is a threshold for a report, not data about the estate.
 */
export async function updateOwnershipSettings({ input }: UpdateOwnershipSettingsOptions): Promise<TOwnershipSettings> {
  const row = await db().setting.upsert({
    where: { key: BUS_FACTOR_SETTING_KEY },
    create: { key: BUS_FACTOR_SETTING_KEY, value: input.busFactorThreshold },
    update: { value: input.busFactorThreshold },
    select: { value: true },
  });
  return toOwnershipSettings(row.value);
}
