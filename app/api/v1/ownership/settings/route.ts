// GET|PATCH /api/v1/ownership/settings — the bus-factor threshold N (PATCH: admins)
import { handle } from "@/server/http/handler";
import { ZOwnershipSettings, ZOwnershipSettingsUpdate } from "@/lib/schemas/ownership";
import { getOwnershipSettings } from "@/server/ownership/get-ownership-settings";
import { updateOwnershipSettings } from "@/server/ownership/update-ownership-settings";

export const GET = handle({
  access: "catalog:read",
  summary: "Ownership settings: the bus-factor threshold and the fixed stale / quiet periods",
  response: ZOwnershipSettings,
  handler: () => getOwnershipSettings(),
});

export const PATCH = handle({
  access: "users:manage",
  summary: "Change the bus-factor threshold N (admins)",
  body: ZOwnershipSettingsUpdate,
  response: ZOwnershipSettings,
  handler: ({ actor, body }) => updateOwnershipSettings({ actor, input: body }),
});
