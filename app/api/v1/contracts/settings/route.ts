// GET|PATCH /api/v1/contracts/settings — how attached contracts are linted (PATCH: admins)
import { handle } from "@/server/http/handler";
import { ZContractSettings, ZContractSettingsUpdate } from "@/lib/schemas/contract";
import { getContractSettings } from "@/server/contracts/get-contract-settings";
import { updateContractSettings } from "@/server/contracts/update-contract-settings";

export const GET = handle({
  access: "catalog:read",
  summary: "Contract lint settings: the shared error schema 4xx/5xx responses must use",
  response: ZContractSettings,
  handler: () => getContractSettings(),
});

export const PATCH = handle({
  access: "standards:manage",
  summary: "Set the shared error schema (admins); versions attached from then on are linted with it",
  body: ZContractSettingsUpdate,
  response: ZContractSettings,
  handler: ({ actor, body }) => updateContractSettings({ actor, input: body }),
});
