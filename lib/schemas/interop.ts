// The one shape every way in speaks (issue 12): Backstage files, CSV/xlsx rows, the bulk API and
// `junction apply` all become these records, and one engine (server/interop/) plans and applies
// them. Records refer to each other by team key, system key and person email, never by id, so a
// file can be read without the database. On create a record needs its required fields; on update
// only the fields present change (null clears an optional one).
import { z } from "zod";
import { ZDescription, ZKey, ZListQueryBase, ZName, ZShortText, ZStringList, ZTier, ZUrl, nullableText, zPage } from "./common";
import { fieldMessage } from "./field-message";
import { ZAuthMethod, ZContractFormat, ZInterfaceMode, ZInterfaceStyle, ZLayer, ZLifecycle, ZSystemKind, ZTeamRole } from "./enums";
import { multilineInput, textInput } from "./text";
import { ZEmail } from "./user";

/** Most records one call (or one file) may carry. */
export const IMPORT_RECORD_LIMIT = 10_000;

export const ZSourceRef = textInput().trim().min(1).max(300).describe("The source entity, e.g. component:default/petstore; a re-import finds the record by it");

/** Where a record came from, for problems that name file and line. Never stored. */
export const ZRecordOrigin = z.strictObject({ file: textInput().max(300), line: z.number().int().min(0).optional() });

const common = { sourceRef: ZSourceRef.optional(), origin: ZRecordOrigin.optional() };

export const ZImportTeam = z.strictObject({
  key: ZKey,
  name: ZName.optional(),
  description: ZDescription.optional(),
  contactEmail: nullableText(ZEmail).optional(),
  chatChannel: nullableText(ZShortText).optional(),
  onCall: nullableText(ZShortText).optional(),
  parent: ZKey.nullable().optional().describe("Key of the team (group, department) above this one"),
  members: z.array(z.strictObject({ email: ZEmail, role: ZTeamRole.default("MEMBER") })).max(500).optional()
    .describe("Replaces the membership when present"),
  ...common,
}).meta({ id: "ImportTeam" });

/** People an import brings are directory entries (viewers who cannot sign in until an admin sets them up). */
export const ZImportPerson = z.strictObject({
  email: ZEmail,
  name: ZName.optional(),
  active: z.boolean().optional(),
  ...common,
}).meta({ id: "ImportPerson" });

export const ZImportSystem = z.strictObject({
  key: ZKey,
  name: ZName.optional(),
  description: ZDescription.optional(),
  kind: ZSystemKind.optional(),
  layer: ZLayer.optional(),
  tier: ZTier.optional(),
  lifecycle: ZLifecycle.optional(),
  vendor: nullableText(ZShortText).optional(),
  isThirdParty: z.boolean().optional(),
  team: ZKey.nullable().optional().describe("Owning team's key"),
  technicalOwner: ZEmail.nullable().optional(),
  businessOwner: ZEmail.nullable().optional(),
  tags: ZStringList.optional(),
  domain: nullableText(ZShortText).optional().describe("Grouping label (Backstage Domain)"),
  grouping: nullableText(ZShortText).optional().describe("Grouping label (Backstage System)"),
  docsUrl: nullableText(ZUrl).optional(),
  repoUrl: nullableText(ZUrl).optional(),
  runbookUrl: nullableText(ZUrl).optional(),
  monitoringUrl: nullableText(ZUrl).optional(),
  ...common,
}).meta({ id: "ImportSystem" });

/** A contract to attach as the interface's newest version (e.g. a Backstage API's definition). */
export const ZImportContract = z.strictObject({
  format: ZContractFormat,
  // multilineInput, not z.string(): route bodies carry it, and every route string gets the control-character check.
  text: multilineInput().max(5_000_000),
  fileName: textInput().max(300).optional(),
});

export const ZImportInterface = z.strictObject({
  key: ZKey,
  name: ZName.optional(),
  description: ZDescription.optional(),
  style: ZInterfaceStyle.optional(),
  mode: ZInterfaceMode.optional(),
  provider: ZKey.optional().describe("Provider system's key"),
  consumer: ZKey.optional().describe("Consumer system's key"),
  via: ZKey.nullable().optional().describe("Broker system's key"),
  endpoint: nullableText(ZShortText).optional(),
  dataObjects: ZStringList.optional(),
  authMethod: ZAuthMethod.optional(),
  tier: ZTier.optional(),
  lifecycle: ZLifecycle.optional(),
  team: ZKey.nullable().optional(),
  technicalOwner: ZEmail.nullable().optional(),
  contractUrl: nullableText(ZUrl).optional(),
  contract: ZImportContract.optional(),
  ...common,
}).meta({ id: "ImportInterface" });

export const ZImportRecords = z.strictObject({
  teams: z.array(ZImportTeam).max(IMPORT_RECORD_LIMIT).default([]),
  people: z.array(ZImportPerson).max(IMPORT_RECORD_LIMIT).default([]),
  systems: z.array(ZImportSystem).max(IMPORT_RECORD_LIMIT).default([]),
  interfaces: z.array(ZImportInterface).max(IMPORT_RECORD_LIMIT).default([]),
}).meta({ id: "ImportRecords" });
export type TImportRecords = z.output<typeof ZImportRecords>;
export type TImportTeam = z.output<typeof ZImportTeam>;
export type TImportPerson = z.output<typeof ZImportPerson>;
export type TImportSystem = z.output<typeof ZImportSystem>;
export type TImportInterface = z.output<typeof ZImportInterface>;

export const IMPORT_ENTITIES = ["teams", "people", "systems", "interfaces"] as const;
export const ZImportEntity = z.enum(IMPORT_ENTITIES);
export type TImportEntity = z.infer<typeof ZImportEntity>;

export const ZImportMode = z.enum(["all-or-nothing", "accept-valid"]).default("all-or-nothing")
  .describe("all-or-nothing: any problem and nothing is written; accept-valid: valid records are written, the rest reported");

export const ZImportOptions = z.strictObject({
  mode: ZImportMode,
  dryRun: z.boolean().default(false).describe("Plan only: what would be created, updated and left unchanged"),
  batchId: textInput().regex(/^[a-z0-9]{20,40}$/).optional()
    .describe("Chosen by the client (e.g. a cuid) so it can follow progress at GET /api/v1/import/batches/{id} while the import runs; 409 if taken"),
});

/** One problem with one record: names the file and line when the record came from one. */
export const ZImportProblem = z.object({
  entity: z.string().describe("teams, people, systems, interfaces, or the source's own kind (e.g. Location)"),
  key: z.string().nullable(),
  field: z.string().nullable(),
  message: z.string(),
  file: z.string().nullable(),
  line: z.number().int().nullable(),
}).meta({ id: "ImportProblem" });
export type TImportProblem = z.infer<typeof ZImportProblem>;

export const IMPORT_ACTIONS = ["create", "update", "unchanged", "delete", "invalid"] as const;
export const ZImportChange = z.object({
  entity: ZImportEntity,
  key: z.string(),
  action: z.enum(IMPORT_ACTIONS),
  /** For updates: the fields that change, with before and after. */
  fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })).optional(),
}).meta({ id: "ImportChange" });
export type TImportChange = z.infer<typeof ZImportChange>;

const counts = z.object({ create: z.number(), update: z.number(), unchanged: z.number(), delete: z.number(), invalid: z.number() });
export const ZImportResult = z.object({
  batchId: z.string().nullable().describe("The import batch in the audit log; null for a dry run or when nothing was written"),
  dryRun: z.boolean(),
  mode: z.enum(["all-or-nothing", "accept-valid"]),
  applied: z.boolean().describe("false when all-or-nothing met a problem, or for a dry run"),
  counts: z.object({ teams: counts, people: counts, systems: counts, interfaces: counts }),
  changes: z.array(ZImportChange).describe("Every record's planned or applied action (unchanged ones included)"),
  problems: z.array(ZImportProblem),
}).meta({ id: "ImportResult" });
export type TImportResult = z.infer<typeof ZImportResult>;

// ─── Lane ENGINE: the bulk API, apply and import batches (routes under /api/v1/import and /api/v1/apply) ───

const recordCount = (r: TImportRecords) => r.teams.length + r.people.length + r.systems.length + r.interfaces.length;
// On the request, not on ZImportRecords: a refined copy of a schema with an id would be a second "ImportRecords".
const withinLimit = { ...fieldMessage("atMostRecords", { max: IMPORT_RECORD_LIMIT }), path: ["records"] };

export const ZImportRequest = z.strictObject({
  records: ZImportRecords,
  ...ZImportOptions.shape,
}).refine((r) => recordCount(r.records) <= IMPORT_RECORD_LIMIT, withinLimit)
  .describe(`Teams, people, systems and interfaces: at most ${IMPORT_RECORD_LIMIT} records in all`).meta({ id: "ImportRequest" });
export type TImportRequest = z.output<typeof ZImportRequest>;

export const ZApplyRequest = z.strictObject({
  team: ZKey.describe("The team whose records these are: systems and interfaces without a team get it; another team's are refused"),
  records: ZImportRecords,
  mode: ZImportMode,
  dryRun: z.boolean().default(false).describe("Show the diff, change nothing"),
  prune: z.boolean().default(false).describe("Delete the team's systems and interfaces the records do not list (interfaces first)"),
  batchId: ZImportOptions.shape.batchId,
}).refine((r) => recordCount(r.records) <= IMPORT_RECORD_LIMIT, withinLimit).meta({ id: "ApplyRequest" });
export type TApplyRequest = z.output<typeof ZApplyRequest>;

export const ZImportBatch = z.object({
  id: z.string(),
  source: z.enum(["BACKSTAGE", "CSV", "XLSX", "BULK_API", "APPLY"]),
  state: z.enum(["RUNNING", "APPLIED", "FAILED"]),
  mode: z.string(),
  actor: z.object({ userId: z.string().nullable(), label: z.string(), viaToken: z.boolean() }),
  label: z.string(),
  total: z.number().int(),
  done: z.number().int(),
  summary: z.unknown().describe("{source, label, mode, counts} once finished"),
  problems: z.array(ZImportProblem).describe(`The first problems found (at most 200)`),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
}).meta({ id: "ImportBatch" });
export type TImportBatch = z.infer<typeof ZImportBatch>;

export const ZImportBatchPage = zPage(ZImportBatch).meta({ id: "ImportBatchPage" });
export const ZImportBatchListQuery = ZListQueryBase.pick({ page: true, pageSize: true });
export type TImportBatchListQuery = z.output<typeof ZImportBatchListQuery>;

// ─── Lane BACKSTAGE: the Backstage catalog import and export (issue 12) ───

/** One uploaded catalog file: YAML as text, or any file (a .zip above all) as base64. */
export const ZBackstageFile = z.union([
  z.strictObject({
    name: textInput().trim().min(1).max(300).describe("The file's path as uploaded, e.g. apis/petstore-api.yaml: Location targets and $text resolve against these"),
    text: multilineInput().max(50_000_000),
  }),
  z.strictObject({
    name: textInput().trim().min(1).max(300),
    base64: textInput().max(70_000_000).regex(/^[A-Za-z0-9+/=\s]*$/).describe("The file's bytes; a name ending .zip is expanded"),
  }),
]).meta({ id: "BackstageFile" });

export const ZBackstageImportBody = ZImportOptions.extend({
  files: z.array(ZBackstageFile).min(1).max(5_000),
}).meta({ id: "BackstageImport" });
export type TBackstageImportBody = z.output<typeof ZBackstageImportBody>;

export const ZBackstageExportQuery = z.object({
  team: ZKey.optional().describe("Only this team's records (its systems, their interfaces, its members)"),
});
