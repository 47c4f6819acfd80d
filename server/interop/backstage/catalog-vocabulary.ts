// Backstage's free-text types and lifecycles ↔ Junction's enums, both ways. Export writes the
// first type listed for a kind, and an annotation with the exact kind and layer, so whatever
// Junction holds comes back unchanged through an export and a re-import.
import type { ContractFormat, InterfaceMode, InterfaceStyle, Layer, Lifecycle, SystemKind } from "@/server/generated/prisma/enums";

export const ANNOTATION = {
  kind: "junction.io/kind",
  layer: "junction.io/layer",
  style: "junction.io/style",
  mode: "junction.io/mode",
  key: "junction.io/key",
} as const;

// Component and Resource `spec.type` values seen in Backstage catalogs; anything else is OTHER.
export const SYSTEM_TYPES: Record<string, { kind: SystemKind; layer: Layer }> = {
  service: { kind: "BUSINESS_APP", layer: "BUSINESS" },
  website: { kind: "BUSINESS_APP", layer: "PRESENTATION" },
  "mobile-app": { kind: "BUSINESS_APP", layer: "PRESENTATION" },
  library: { kind: "OTHER", layer: "BUSINESS" },
  database: { kind: "DATABASE", layer: "DATA" },
  "s3-bucket": { kind: "DATA_PLATFORM", layer: "DATA" },
  "data-pipeline": { kind: "DATA_PLATFORM", layer: "DATA" },
  queue: { kind: "MESSAGE_BROKER", layer: "INFRASTRUCTURE" },
  topic: { kind: "MESSAGE_BROKER", layer: "INFRASTRUCTURE" },
  "kafka-topic": { kind: "MESSAGE_BROKER", layer: "INFRASTRUCTURE" },
  "message-broker": { kind: "MESSAGE_BROKER", layer: "INFRASTRUCTURE" },
  gateway: { kind: "GATEWAY", layer: "INFRASTRUCTURE" },
  "api-gateway": { kind: "GATEWAY", layer: "INFRASTRUCTURE" },
  "scheduled-job": { kind: "SCHEDULER", layer: "BUSINESS" },
  "ml-model": { kind: "AI_SERVICE", layer: "BUSINESS" },
  saas: { kind: "SAAS", layer: "BUSINESS" },
};

/** The type export writes for a kind: the first one above that maps to it. */
export const TYPE_FOR_KIND: Partial<Record<SystemKind, string>> = {
  BUSINESS_APP: "service", OTHER: "library", DATABASE: "database", DATA_PLATFORM: "data-pipeline",
  MESSAGE_BROKER: "queue", GATEWAY: "gateway", SCHEDULER: "scheduled-job", AI_SERVICE: "ml-model", SAAS: "saas",
};

/** Kinds exported as Resource rather than Component (infrastructure a component depends on). */
export const RESOURCE_KINDS: ReadonlySet<SystemKind> = new Set(["DATABASE", "MESSAGE_BROKER", "DATA_PLATFORM"]);

export const LIFECYCLES: Record<string, Lifecycle> = {
  experimental: "PLANNED", planned: "PLANNED", production: "ACTIVE", active: "ACTIVE",
  deprecated: "DEPRECATED", retired: "RETIRED",
};
export const LIFECYCLE_OUT: Record<Lifecycle, string> = { PLANNED: "experimental", ACTIVE: "production", DEPRECATED: "deprecated", RETIRED: "retired" };

export const API_TYPES: Record<string, { style: InterfaceStyle; mode: InterfaceMode; format: ContractFormat }> = {
  openapi: { style: "REST", mode: "SYNC", format: "OPENAPI" },
  asyncapi: { style: "EVENT_STREAM", mode: "ASYNC", format: "ASYNCAPI" },
  grpc: { style: "GRPC", mode: "SYNC", format: "PROTOBUF" },
  graphql: { style: "GRAPHQL", mode: "SYNC", format: "GRAPHQL_SDL" },
  wsdl: { style: "SOAP", mode: "SYNC", format: "WSDL" },
};
/** An API type Junction has no style for (trpc, mcp-server…): a REST-like call, contract kept as OTHER. */
export const OTHER_API = { style: "REST", mode: "SYNC", format: "OTHER" } as const;

export const API_TYPE_FOR_STYLE: Partial<Record<InterfaceStyle, string>> = {
  REST: "openapi", GRPC: "grpc", GRAPHQL: "graphql", SOAP: "wsdl", EVENT_STREAM: "asyncapi", MESSAGE_QUEUE: "asyncapi", WEBHOOK: "openapi",
};
export const API_TYPE_FOR_FORMAT: Partial<Record<ContractFormat, string>> = {
  OPENAPI: "openapi", ASYNCAPI: "asyncapi", PROTOBUF: "grpc", GRAPHQL_SDL: "graphql", WSDL: "wsdl",
};
