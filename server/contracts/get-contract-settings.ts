import "server-only";
import { db } from "@/server/db";
import { DEFAULT_ERROR_SCHEMA_REF, ZContractSettingsUpdate, type TContractSettings } from "@/lib/schemas/contract";

export const CONTRACT_SETTING_KEY = "contracts.lint";

/** The settings as the API shows them; a missing or unreadable stored value means the defaults. */
export function toContractSettings(stored: unknown): TContractSettings {
  const parsed = ZContractSettingsUpdate.safeParse(stored);
  return { errorSchemaRef: parsed.success ? parsed.data.errorSchemaRef : DEFAULT_ERROR_SCHEMA_REF };
}

export async function getContractSettings(): Promise<TContractSettings> {
  const row = await db().setting.findUnique({ where: { key: CONTRACT_SETTING_KEY }, select: { value: true } });
  return toContractSettings(row?.value);
}
