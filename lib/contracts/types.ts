// What the contract engine (server/contracts/) hands out: parsed contracts, lint findings and
// breaking changes. Plain data, so the browser can show them too.

export type ContractFormat = "OPENAPI" | "ASYNCAPI";

export type ContractOperation = { method: string; path: string; operationId?: string; summary?: string };
export type ContractChannel = { name: string; operations: string[] };
export type ContractSummary = { operations: ContractOperation[] } | { channels: ContractChannel[] };

export type ParsedContract = {
  format: ContractFormat;
  /** As the document states it: "3.0.3", "3.1.0", "2.0" (Swagger), "2.6.0", "3.0.0". */
  specVersion: string;
  /** info.title; null when the document has none (the lint reports that). */
  title: string | null;
  /** The document as plain JSON-compatible data, $refs left as they are. */
  document: Record<string, unknown>;
  summary: ContractSummary;
};

export const FINDING_SEVERITIES = ["error", "warn", "info", "hint"] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export type ContractFinding = {
  /** A Spectral rule ("oas3-schema", "operation-description"…) or a Junction one ("junction-…"). */
  rule: string;
  severity: FindingSeverity;
  message: string;
  /** Where in the document, as keys and indexes: ["paths", "/pets", "get"]. */
  path: (string | number)[];
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
};

export const BREAKING_CHANGE_KINDS = [
  "path-removed",
  "operation-removed",
  "channel-removed",
  "response-removed",
  "response-property-removed",
  "parameter-required",
  "property-required",
  "type-changed",
] as const;
export type BreakingChangeKind = (typeof BREAKING_CHANGE_KINDS)[number];

export type BreakingChange = {
  kind: BreakingChangeKind;
  /** Human readable: "GET /pets/{id} → 200 → name". */
  location: string;
  /** What it was and what it became, when that is a value ("string" → "integer", "optional" → "required"). */
  before?: string;
  after?: string;
};

/** The largest contract document accepted, in bytes of UTF-8. */
export const MAX_CONTRACT_BYTES = 5 * 1024 * 1024;
