// Contracts attached to an interface: the upload, its versions, one version's findings, and the
// changes between two versions. The engine's own shapes live in lib/contracts/types.ts.
import { z } from "zod";
import { BREAKING_CHANGE_KINDS, FINDING_SEVERITIES, MAX_CONTRACT_BYTES } from "@/lib/contracts/types";
import { ZId, ZUserRef } from "./common";
import { multilineInput, textInput } from "./text";

export const ZContractPut = z.strictObject({
  // No length limit here: the size is counted in UTF-8 bytes, and over 5 MB is a 413, not a 422.
  text: multilineInput().describe(`The document, YAML or JSON: OpenAPI 3.0/3.1, Swagger 2.0, AsyncAPI 2.x/3.0; at most ${MAX_CONTRACT_BYTES / 1024 / 1024} MB`),
  fileName: textInput().trim().max(255).optional().describe("The uploaded file's name, if it came from one"),
}).meta({ id: "ContractPut" });
export type TContractPut = z.input<typeof ZContractPut>;

const ZVersionNumber = textInput().regex(/^[1-9]\d{0,8}$/).transform(Number);

export const ZContractVersionParams = z.object({ id: ZId, number: ZVersionNumber.describe("The version number (1, 2, …)") });
export const ZContractDiffQuery = z.strictObject({
  from: ZVersionNumber.describe("The older version's number"),
  to: ZVersionNumber.describe("The newer version's number"),
});

const ZSeverityCounts = z.object({ error: z.number().int(), warn: z.number().int(), info: z.number().int(), hint: z.number().int() });
export type TSeverityCounts = z.infer<typeof ZSeverityCounts>;

export const ZContractVersion = z.object({
  id: z.string(),
  interfaceId: z.string(),
  number: z.number().int(),
  format: z.enum(["OPENAPI", "ASYNCAPI"]),
  specVersion: z.string(),
  title: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  fileName: z.string().nullable(),
  createdBy: ZUserRef,
  createdAt: z.string(),
  lintedAt: z.string().nullable(),
  counts: ZSeverityCounts.describe("Lint findings by severity"),
}).meta({ id: "ContractVersion" });
export type TContractVersion = z.infer<typeof ZContractVersion>;

export const ZContractFinding = z.object({
  rule: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  line: z.number().int(),
  column: z.number().int(),
});
export type TContractFinding = z.infer<typeof ZContractFinding>;

const ZOperation = z.object({ method: z.string(), path: z.string(), operationId: z.string().optional(), summary: z.string().optional() });
const ZChannel = z.object({ name: z.string(), operations: z.array(z.string()) });
export const ZContractSummary = z.union([z.object({ operations: z.array(ZOperation) }), z.object({ channels: z.array(ZChannel) })]);

export const ZContractVersionDetail = ZContractVersion.extend({
  text: z.string(),
  findings: z.array(ZContractFinding),
  summary: ZContractSummary,
}).meta({ id: "ContractVersionDetail" });
export type TContractVersionDetail = z.infer<typeof ZContractVersionDetail>;

export const ZContractPutResult = z.object({
  created: z.boolean().describe("false: the text is the latest version's (same sha256), so no version was added"),
  version: ZContractVersionDetail,
}).meta({ id: "ContractPutResult" });
export type TContractPutResult = z.infer<typeof ZContractPutResult>;

export const ZContractVersionList = z.object({ items: z.array(ZContractVersion) }).meta({ id: "ContractVersionList" });

/** Changes that break no client: what was added, and what the document says of itself. */
export const OTHER_CHANGE_KINDS = ["operation-added", "channel-added", "title-changed", "spec-version-changed"] as const;

const ZChange = <K extends readonly [string, ...string[]]>(kinds: K) =>
  z.object({ kind: z.enum(kinds), location: z.string(), before: z.string().optional(), after: z.string().optional() });

export const ZContractDiff = z.object({
  from: ZContractVersion,
  to: ZContractVersion,
  breaking: z.array(ZChange(BREAKING_CHANGE_KINDS)),
  other: z.array(ZChange(OTHER_CHANGE_KINDS)),
}).meta({ id: "ContractDiff" });
export type TContractDiff = z.infer<typeof ZContractDiff>;

/** The lint options an administrator sets (server/contracts/contract-lint-options.ts builds the rest). */
export const DEFAULT_ERROR_SCHEMA_REF = "Problem";
export const ZContractSettingsUpdate = z.strictObject({
  errorSchemaRef: textInput().trim().min(1).max(300)
    .describe('The shared error schema every 4xx/5xx response must use: a schema name ("Problem") or a $ref ("#/components/schemas/Problem")'),
}).meta({ id: "ContractSettingsUpdate" });
export const ZContractSettings = z.object({ errorSchemaRef: z.string() }).meta({ id: "ContractSettings" });
export type TContractSettings = z.infer<typeof ZContractSettings>;
