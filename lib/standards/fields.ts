// The fields a standard's conditions may read, per subject, with their type. The evaluator, the
// zod schema of a check (which operators fit which field) and the condition editor all read this.
import {
  AUTH_METHODS,
  CONTRACT_FORMATS,
  DELIVERY_GUARANTEES,
  INTERFACE_MODES,
  INTERFACE_STYLES,
  LAYERS,
  LIFECYCLES,
  SYSTEM_KINDS,
} from "@/lib/schemas/enums";

export type FieldType = "text" | "number" | "boolean" | "enum" | "list";
export type FieldSpec = { type: FieldType; values?: readonly string[] };

export const SYSTEM_FIELDS = {
  key: { type: "text" },
  name: { type: "text" },
  description: { type: "text" },
  kind: { type: "enum", values: SYSTEM_KINDS },
  layer: { type: "enum", values: LAYERS },
  tier: { type: "number" },
  lifecycle: { type: "enum", values: LIFECYCLES },
  vendor: { type: "text" },
  isThirdParty: { type: "boolean" },
  teamId: { type: "text" },
  technicalOwnerId: { type: "text" },
  businessOwnerId: { type: "text" },
  tags: { type: "list" },
  docsUrl: { type: "text" },
  repoUrl: { type: "text" },
  runbookUrl: { type: "text" },
  monitoringUrl: { type: "text" },
} as const satisfies Record<string, FieldSpec>;

export const INTERFACE_FIELDS = {
  key: { type: "text" },
  name: { type: "text" },
  description: { type: "text" },
  style: { type: "enum", values: INTERFACE_STYLES },
  mode: { type: "enum", values: INTERFACE_MODES },
  endpoint: { type: "text" },
  dataObjects: { type: "list" },
  authMethod: { type: "enum", values: AUTH_METHODS },
  contractFormat: { type: "enum", values: CONTRACT_FORMATS },
  contractUrl: { type: "text" },
  tier: { type: "number" },
  lifecycle: { type: "enum", values: LIFECYCLES },
  teamId: { type: "text" },
  technicalOwnerId: { type: "text" },
  viaSystemId: { type: "text" },
  deliveryGuarantee: { type: "enum", values: DELIVERY_GUARANTEES },
  idempotent: { type: "boolean" },
  retryPolicy: { type: "text" },
  deadLetterQueue: { type: "text" },
  tlsInTransit: { type: "boolean" },
  sloAvailabilityPct: { type: "number" },
  sloLatencyP95Ms: { type: "number" },
  sloFreshnessMinutes: { type: "number" },
  // Derived: a contract document is attached (PUT /interfaces/{id}/contracts).
  hasContract: { type: "boolean" },
} as const satisfies Record<string, FieldSpec>;

// What a graph rule may read of an interface's two ends. The compliance triggers re-check an
// interface when one of these changes on either end (see the standards migration).
export const END_FIELDS = {
  key: SYSTEM_FIELDS.key,
  kind: SYSTEM_FIELDS.kind,
  layer: SYSTEM_FIELDS.layer,
  tier: SYSTEM_FIELDS.tier,
  lifecycle: SYSTEM_FIELDS.lifecycle,
  teamId: SYSTEM_FIELDS.teamId,
  isThirdParty: SYSTEM_FIELDS.isThirdParty,
  vendor: SYSTEM_FIELDS.vendor,
  tags: SYSTEM_FIELDS.tags,
} as const satisfies Record<string, FieldSpec>;

export type SystemField = keyof typeof SYSTEM_FIELDS;
export type InterfaceField = keyof typeof INTERFACE_FIELDS;
export type EndField = keyof typeof END_FIELDS;

/** Graph rules name a field with its end: "provider.layer", "consumer.teamId", "interface.style". */
export const GRAPH_FIELDS: Record<string, FieldSpec> = Object.fromEntries([
  ...Object.entries(END_FIELDS).flatMap(([f, spec]) => [[`provider.${f}`, spec], [`consumer.${f}`, spec]]),
  ...Object.entries(INTERFACE_FIELDS).map(([f, spec]) => [`interface.${f}`, spec]),
]);

export const SYSTEM_FIELD_NAMES = Object.keys(SYSTEM_FIELDS) as [SystemField, ...SystemField[]];
export const INTERFACE_FIELD_NAMES = Object.keys(INTERFACE_FIELDS) as [InterfaceField, ...InterfaceField[]];
export const GRAPH_FIELD_NAMES = Object.keys(GRAPH_FIELDS) as [string, ...string[]];
