import { z } from "zod";
import {
  ZDescription, ZId, ZKey, ZListQueryBase, ZName, ZRef, ZShortText, ZStringList, ZTier, ZTierList, ZUrl, ZUserRef, ZVersion,
  csvEnum, nullableText, sortParam, zPage,
} from "./common";
import { LAYERS, LIFECYCLES, SYSTEM_KINDS, ZLayer, ZLifecycle, ZSystemKind } from "./enums";
import { textInput } from "./text";

const fields = {
  key: ZKey,
  name: ZName,
  description: ZDescription,
  kind: ZSystemKind,
  layer: ZLayer,
  tier: ZTier,
  lifecycle: ZLifecycle,
  vendor: nullableText(ZShortText),
  isThirdParty: z.boolean(),
  teamId: ZId.nullable(),
  technicalOwnerId: ZId.nullable(),
  businessOwnerId: ZId.nullable(),
  tags: ZStringList,
  docsUrl: nullableText(ZUrl),
  repoUrl: nullableText(ZUrl),
  runbookUrl: nullableText(ZUrl),
  monitoringUrl: nullableText(ZUrl).describe("Monitoring dashboard (Grafana, Datadog…)"),
};

export const ZSystemCreate = z.strictObject({
  ...fields,
  description: fields.description.default(""),
  tier: fields.tier.default(2),
  lifecycle: fields.lifecycle.default("ACTIVE"),
  vendor: fields.vendor.optional(),
  isThirdParty: fields.isThirdParty.default(false),
  teamId: fields.teamId.optional(),
  technicalOwnerId: fields.technicalOwnerId.optional(),
  businessOwnerId: fields.businessOwnerId.optional(),
  tags: fields.tags.default([]),
  docsUrl: fields.docsUrl.optional(),
  repoUrl: fields.repoUrl.optional(),
  runbookUrl: fields.runbookUrl.optional(),
  monitoringUrl: fields.monitoringUrl.optional(),
}).meta({ id: "SystemCreate" });
export type TSystemCreate = z.input<typeof ZSystemCreate>;

export const ZSystemUpdate = z
  .strictObject({ ...z.object(fields).partial().shape, version: ZVersion })
  .meta({ id: "SystemUpdate" });
export type TSystemUpdate = z.input<typeof ZSystemUpdate>;

export const SYSTEM_SORTS = ["key", "name", "kind", "layer", "tier", "lifecycle", "createdAt", "updatedAt"] as const;

export const ZSystemListQuery = ZListQueryBase.extend({
  kind: csvEnum(SYSTEM_KINDS).optional(),
  layer: csvEnum(LAYERS).optional(),
  lifecycle: csvEnum(LIFECYCLES).optional(),
  tier: ZTierList.optional(),
  teamId: ZId.optional(),
  ownerId: ZId.optional().describe("Technical or business owner"),
  missing: csvEnum(["team", "technicalOwner", "businessOwner"] as const).optional()
    .describe("Only systems without these owners, comma-separated (all must be missing)"),
  isThirdParty: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  tag: textInput().max(100).optional(),
  sort: sortParam(SYSTEM_SORTS, "name"),
});
export type TSystemListQuery = z.output<typeof ZSystemListQuery>;

export const ZSystem = z
  .object({
    id: z.string(),
    ...fields,
    vendor: z.string().nullable(),
    docsUrl: z.string().nullable(),
    repoUrl: z.string().nullable(),
    runbookUrl: z.string().nullable(),
    monitoringUrl: z.string().nullable(),
    domain: z.string().nullable().describe("Grouping label from a catalog import (Backstage Domain)"),
    grouping: z.string().nullable().describe("Grouping label from a catalog import (Backstage System)"),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    team: ZRef.nullable(),
    technicalOwner: ZUserRef.nullable(),
    businessOwner: ZUserRef.nullable(),
    reviewedAt: z.iso.datetime().nullable().describe("The last \"confirm still accurate\" (POST /systems/{id}/confirm)"),
    reviewedBy: ZUserRef.nullable().describe("Who confirmed it last"),
  })
  .meta({ id: "System" });
export type TSystem = z.infer<typeof ZSystem>;

export const ZSystemPage = zPage(ZSystem).meta({ id: "SystemPage" });

/** How the map and impact analysis describe a system: identity and classification only. */
export const ZSystemSummary = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  kind: ZSystemKind,
  layer: ZLayer,
  tier: z.number().int(),
  lifecycle: ZLifecycle,
});

