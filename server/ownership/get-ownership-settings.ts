import "server-only";
import { db } from "@/server/db";
import { QUIET_DAYS, STALE_DAYS, ZOwnershipSettingsUpdate, type TOwnershipSettings } from "@/lib/schemas/ownership";
import { BUS_FACTOR_SETTING_KEY, DEFAULT_BUS_FACTOR_THRESHOLD } from "./ownership-rules";

const ZStoredThreshold = ZOwnershipSettingsUpdate.shape.busFactorThreshold;

/** The settings as the API shows them; a missing or unreadable stored value means the default. */
export function toOwnershipSettings(stored: unknown): TOwnershipSettings {
  const parsed = ZStoredThreshold.safeParse(stored);
  return {
    busFactorThreshold: parsed.success ? parsed.data : DEFAULT_BUS_FACTOR_THRESHOLD,
    staleDays: STALE_DAYS,
    quietDays: QUIET_DAYS,
  };
}

export async function getOwnershipSettings(): Promise<TOwnershipSettings> {
  const row = await db().setting.findUnique({ where: { key: BUS_FACTOR_SETTING_KEY }, select: { value: true } });
  return toOwnershipSettings(row?.value);
}
