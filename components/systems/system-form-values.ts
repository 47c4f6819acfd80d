import type { z } from "zod";
import type { TSystem } from "@/lib/schemas/system";
import { ZSystemCreate, ZSystemUpdate } from "@/lib/schemas/system";
import type { ZLayer, ZSystemKind } from "@/lib/schemas/enums";
import type { I18n } from "@/lib/i18n/client";
import { buildRequest, splitList } from "@/components/catalog/build-request";
import type { TLifecycle } from "@/components/catalog/enum-options";
import type { TRef, TUserRef } from "@/components/catalog/types";

/** What the system form edits: text as typed, references as picked. */
export type SystemDraft = {
  key: string; name: string; description: string;
  kind: z.infer<typeof ZSystemKind> | ""; layer: z.infer<typeof ZLayer> | ""; tier: string; lifecycle: TLifecycle;
  vendor: string; isThirdParty: boolean; tags: string;
  // References keep the API's field names, so server errors (at "teamId") land on them.
  teamId: TRef | null; technicalOwnerId: TUserRef | null; businessOwnerId: TUserRef | null;
  docsUrl: string; repoUrl: string; runbookUrl: string; monitoringUrl: string;
};

export function toSystemDraft(s?: TSystem): SystemDraft {
  return {
    key: s?.key ?? "", name: s?.name ?? "", description: s?.description ?? "",
    kind: s?.kind ?? "", layer: s?.layer ?? "", tier: String(s?.tier ?? 2), lifecycle: s?.lifecycle ?? "ACTIVE",
    vendor: s?.vendor ?? "", isThirdParty: s?.isThirdParty ?? false, tags: s?.tags.join(", ") ?? "",
    teamId: s?.team ?? null, technicalOwnerId: s?.technicalOwner ?? null, businessOwnerId: s?.businessOwner ?? null,
    docsUrl: s?.docsUrl ?? "", repoUrl: s?.repoUrl ?? "", runbookUrl: s?.runbookUrl ?? "", monitoringUrl: s?.monitoringUrl ?? "",
  };
}

function toPayload(d: SystemDraft) {
  return {
    key: d.key.trim(), name: d.name, description: d.description,
    kind: d.kind, layer: d.layer, tier: Number(d.tier), lifecycle: d.lifecycle,
    vendor: d.vendor.trim() || null, isThirdParty: d.isThirdParty, tags: splitList(d.tags),
    teamId: d.teamId?.id ?? null, technicalOwnerId: d.technicalOwnerId?.id ?? null, businessOwnerId: d.businessOwnerId?.id ?? null,
    docsUrl: d.docsUrl.trim() || null, repoUrl: d.repoUrl.trim() || null, runbookUrl: d.runbookUrl.trim() || null,
    monitoringUrl: d.monitoringUrl.trim() || null,
  };
}

/** POST body for a new system, or PATCH body (version + changed fields) for an existing one. */
export function systemRequest(draft: SystemDraft, { schemaErrors }: Pick<I18n, "schemaErrors">, original?: TSystem) {
  return buildRequest({
    payload: toPayload(draft),
    original: original && { payload: toPayload(toSystemDraft(original)), version: original.version },
    create: ZSystemCreate,
    update: ZSystemUpdate,
    schemaErrors,
  });
}
