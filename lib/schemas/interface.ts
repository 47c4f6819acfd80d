import { z } from "zod";
import {
  ZDescription, ZId, ZKey, ZListQueryBase, ZName, ZRef, ZShortText, ZStringList, ZTier, ZTierList, ZUrl, ZUserRef, ZVersion,
  csvEnum, nullableText, sortParam, zPage,
} from "./common";
import {
  AUTH_METHODS, CONTRACT_FORMATS, INTERFACE_MODES, INTERFACE_STYLES, LIFECYCLES,
  ZAuthMethod, ZContractFormat, ZDeliveryGuarantee, ZInterfaceMode, ZInterfaceStyle, ZLifecycle,
} from "./enums";
import { textInput } from "./text";

// Reliability facts the integration standards read. null everywhere means "not recorded", which
// is not the same as "no": a standard may fail an interface for not saying.
const reliability = {
  deliveryGuarantee: ZDeliveryGuarantee.nullable().describe("What the consumer can rely on: at most / at least / exactly once"),
  idempotent: z.boolean().nullable().describe("Whether the consumer handles a repeated message or call safely; null = not recorded"),
  retryPolicy: nullableText(textInput().trim().max(300)).describe("Free text, e.g. \"5 attempts, exponential backoff from 1 s\""),
  // 255: RabbitMQ's limit on a queue name (Kafka's on a topic is 249).
  deadLetterQueue: nullableText(textInput().trim().max(255)).describe("Name of the dead-letter queue or topic, e.g. orders.dlq"),
  tlsInTransit: z.boolean().nullable().describe("Whether traffic is encrypted on the wire; null = not recorded"),
};

// Objectives the SLA report measures each month; null = none set.
const objectives = {
  sloAvailabilityPct: z.number().min(50).max(100).multipleOf(0.001).nullable()
    .describe("Availability objective in percent of the month, e.g. 99.9 (time not DOWN)"),
  sloLatencyP95Ms: z.number().int().min(1).max(600_000).nullable().describe("Latency objective: p95 in milliseconds"),
  sloFreshnessMinutes: z.number().int().min(1).max(44_640).nullable()
    .describe("For jobs: the data is never older than this many minutes"),
};

const fields = {
  key: ZKey,
  name: ZName,
  description: ZDescription,
  style: ZInterfaceStyle,
  mode: ZInterfaceMode,
  providerSystemId: ZId.describe("The system that offers the interface"),
  consumerSystemId: ZId.describe("The system that calls or receives; must differ from the provider"),
  viaSystemId: ZId.nullable().describe("Broker or ESB in between; must differ from provider and consumer"),
  endpoint: nullableText(ZShortText).describe("Path, topic, queue or schedule"),
  dataObjects: ZStringList.describe("Business objects that cross the interface"),
  authMethod: ZAuthMethod,
  contractFormat: ZContractFormat,
  contractUrl: nullableText(ZUrl),
  ...reliability,
  ...objectives,
  tier: ZTier,
  lifecycle: ZLifecycle,
  teamId: ZId.nullable(),
  technicalOwnerId: ZId.nullable(),
};

export const ZInterfaceCreate = z.strictObject({
  ...fields,
  description: fields.description.default(""),
  viaSystemId: fields.viaSystemId.optional(),
  endpoint: fields.endpoint.optional(),
  dataObjects: fields.dataObjects.default([]),
  authMethod: fields.authMethod.default("NONE"),
  contractFormat: fields.contractFormat.default("NONE"),
  contractUrl: fields.contractUrl.optional(),
  deliveryGuarantee: fields.deliveryGuarantee.optional(),
  idempotent: fields.idempotent.optional(),
  retryPolicy: fields.retryPolicy.optional(),
  deadLetterQueue: fields.deadLetterQueue.optional(),
  tlsInTransit: fields.tlsInTransit.optional(),
  sloAvailabilityPct: fields.sloAvailabilityPct.optional(),
  sloLatencyP95Ms: fields.sloLatencyP95Ms.optional(),
  sloFreshnessMinutes: fields.sloFreshnessMinutes.optional(),
  tier: fields.tier.default(2),
  lifecycle: fields.lifecycle.default("ACTIVE"),
  teamId: fields.teamId.optional(),
  technicalOwnerId: fields.technicalOwnerId.optional(),
}).meta({ id: "InterfaceCreate" });
export type TInterfaceCreate = z.input<typeof ZInterfaceCreate>;

export const ZInterfaceUpdate = z
  .strictObject({ ...z.object(fields).partial().shape, version: ZVersion })
  .meta({ id: "InterfaceUpdate" });
export type TInterfaceUpdate = z.input<typeof ZInterfaceUpdate>;

export const INTERFACE_SORTS = ["key", "name", "style", "mode", "tier", "lifecycle", "createdAt", "updatedAt"] as const;

export const ZInterfaceListQuery = ZListQueryBase.extend({
  q: ZListQueryBase.shape.q.describe("Case-insensitive substring of key, name, description or endpoint"),
  style: csvEnum(INTERFACE_STYLES).optional(),
  mode: csvEnum(INTERFACE_MODES).optional(),
  authMethod: csvEnum(AUTH_METHODS).optional(),
  contractFormat: csvEnum(CONTRACT_FORMATS).optional(),
  lifecycle: csvEnum(LIFECYCLES).optional(),
  tier: ZTierList.optional(),
  teamId: ZId.optional(),
  ownerId: ZId.optional().describe("Technical owner"),
  systemId: ZId.optional().describe("Provider, consumer or via system"),
  providerSystemId: ZId.optional(),
  consumerSystemId: ZId.optional(),
  viaSystemId: ZId.optional().describe("The broker or ESB the interface passes through"),
  sort: sortParam(INTERFACE_SORTS, "name"),
});
export type TInterfaceListQuery = z.output<typeof ZInterfaceListQuery>;

export const ZInterface = z
  .object({
    id: z.string(),
    ...fields,
    endpoint: z.string().nullable(),
    contractUrl: z.string().nullable(),
    retryPolicy: z.string().nullable(),
    deadLetterQueue: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    provider: ZRef,
    consumer: ZRef,
    via: ZRef.nullable(),
    team: ZRef.nullable(),
    technicalOwner: ZUserRef.nullable(),
    reviewedAt: z.iso.datetime().nullable().describe("The last \"confirm still accurate\" (POST /interfaces/{id}/confirm)"),
    reviewedBy: ZUserRef.nullable().describe("Who confirmed it last"),
    inherited: z
      .object({ team: ZRef.nullable(), technicalOwner: ZUserRef.nullable() })
      .describe("The provider system's team / technical owner, for each field this interface leaves empty (null otherwise)"),
  })
  .meta({ id: "Interface" });
export type TInterface = z.infer<typeof ZInterface>;

export const ZInterfacePage = zPage(ZInterface).meta({ id: "InterfacePage" });
