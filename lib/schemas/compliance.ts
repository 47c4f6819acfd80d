// Compliance: results of the standards per record, the matrix, the summary and the trend.
import { z } from "zod";
import { ZId, ZListQueryBase, ZRef, ZTierList, csvEnum, sortParam } from "./common";
import {
  COMPLIANCE_LEVELS,
  INTERFACE_STYLES,
  LAYERS,
  ZCheckKind,
  ZComplianceLevel,
  ZStandardCategory,
  ZStandardSeverity,
  ZSubjectType,
} from "./enums";
import { ZStandardText } from "./standard";

export const COMPLIANCE_STATUSES = ["PASS", "FAIL", "NOT_APPLICABLE", "WAIVED", "NEEDS_ATTESTATION", "EXPIRED"] as const;
export const ZComplianceStatus = z.enum(COMPLIANCE_STATUSES);
export type TComplianceStatus = z.infer<typeof ZComplianceStatus>;

/** Why a result is what it is; its shape depends on the kind of check (lib/standards/evaluate-record.ts). */
export const ZReason = z.record(z.string(), z.unknown()).describe("t: field | graph | contract | attestation | waiver, with the details");

export const ZStandardRef = z.object({
  id: z.string(),
  key: z.string(),
  text: ZStandardText,
  category: ZStandardCategory,
  severity: ZStandardSeverity,
  checkKind: ZCheckKind,
}).meta({ id: "StandardRef" });
export type TStandardRef = z.infer<typeof ZStandardRef>;

export const ZRecordCompliance = z.object({
  subjectType: ZSubjectType,
  subjectId: z.string(),
  level: ZComplianceLevel,
  score: z.number().int(),
  failing: z.number().int(),
  applicable: z.number().int(),
  evaluatedAt: z.string(),
  results: z.array(z.object({
    standard: ZStandardRef,
    status: ZComplianceStatus,
    reason: ZReason.nullable(),
  })).describe("Applicable standards, what to fix first at the top: failing MUST, SHOULD, MAY, then the rest"),
}).meta({ id: "RecordCompliance" });
export type TRecordCompliance = z.infer<typeof ZRecordCompliance>;

export const COMPLIANCE_SORTS = ["key", "name", "level", "score", "failing"] as const;
export const ZComplianceQuery = ZListQueryBase.extend({
  subject: ZSubjectType.default("INTERFACE"),
  teamId: ZId.optional(),
  layer: csvEnum(LAYERS).optional().describe("Systems: their layer; interfaces: either end's"),
  style: csvEnum(INTERFACE_STYLES).optional(),
  tier: ZTierList.optional(),
  level: csvEnum(COMPLIANCE_LEVELS).optional(),
  failing: z.enum(["true", "false"]).transform((v) => v === "true").optional().describe("Only records failing at least one standard"),
  standardId: ZId.optional().describe("Only records this standard applies to"),
  format: z.enum(["json", "csv"]).default("json").describe("csv: every matching row (no paging) as a spreadsheet"),
  sort: sortParam(COMPLIANCE_SORTS, "key"),
});
export type TComplianceQuery = z.output<typeof ZComplianceQuery>;

export const ZComplianceRow = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  tier: z.number().int(),
  team: ZRef.nullable(),
  level: ZComplianceLevel,
  score: z.number().int(),
  failing: z.number().int(),
  applicable: z.number().int(),
  results: z.record(z.string(), ZComplianceStatus).describe("By standard id; absent: not applicable"),
});
export type TComplianceRow = z.infer<typeof ZComplianceRow>;

export const ZComplianceMatrix = z.object({
  standards: z.array(ZStandardRef).describe("The columns: active standards for this record type"),
  items: z.array(ZComplianceRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
}).meta({ id: "ComplianceMatrix" });
export type TComplianceMatrix = z.infer<typeof ZComplianceMatrix>;

export const ZComplianceSummaryQuery = z.object({ subject: ZSubjectType.default("INTERFACE") });

const ZLevelCounts = z.object({ NONE: z.number().int(), BRONZE: z.number().int(), SILVER: z.number().int(), GOLD: z.number().int(), NOT_RATED: z.number().int() });
const ZGroupSummary = z.object({ records: z.number().int(), score: z.number().int().describe("Mean score, 0–100"), levels: ZLevelCounts });
export type TGroupSummary = z.infer<typeof ZGroupSummary>;

export const ZComplianceSummary = z.object({
  subject: ZSubjectType,
  estate: ZGroupSummary,
  byTeam: z.array(ZGroupSummary.extend({ team: ZRef.nullable() })),
  byLayer: z.array(ZGroupSummary.extend({ layer: z.string() })),
  byStandard: z.array(z.object({
    standard: ZStandardRef,
    pass: z.number().int(),
    fail: z.number().int().describe("FAIL, NEEDS_ATTESTATION and EXPIRED"),
    waived: z.number().int(),
    notApplicable: z.number().int(),
  })),
}).meta({ id: "ComplianceSummary" });
export type TComplianceSummary = z.infer<typeof ZComplianceSummary>;

export const ZComplianceTrendQuery = z.object({
  subject: ZSubjectType.default("INTERFACE"),
  standardId: ZId.optional().describe("One standard's counts; default: every active standard of the record type"),
  teamId: ZId.optional(),
  days: z.coerce.number().int().min(1).max(400).default(90),
});
export type TComplianceTrendQuery = z.output<typeof ZComplianceTrendQuery>;

export const ZComplianceTrend = z.object({
  results: z.array(z.object({
    day: z.string().describe("YYYY-MM-DD"),
    pass: z.number().int(),
    fail: z.number().int(),
    waived: z.number().int(),
    passRate: z.number().describe("(pass + waived) / applicable, 0–1; 1 when nothing applies"),
  })).describe("Per day, summed over the chosen standards and teams (standard × record pairs)"),
  levels: z.array(z.object({
    day: z.string(),
    NONE: z.number().int(), BRONZE: z.number().int(), SILVER: z.number().int(), GOLD: z.number().int(),
  })).describe("Records per level per day (not for a single standard)"),
}).meta({ id: "ComplianceTrend" });
export type TComplianceTrend = z.infer<typeof ZComplianceTrend>;

export const ZComplianceLevelsQuery = z.object({ subjectType: ZSubjectType.describe("Which records: systems or interfaces") });
export type TComplianceLevelsQuery = z.output<typeof ZComplianceLevelsQuery>;

export const ZComplianceLevels = z.object({
  items: z.array(z.object({ id: z.string(), level: ZComplianceLevel })).describe("Every record of the type, unordered"),
}).meta({ id: "ComplianceLevels" });
export type TComplianceLevels = z.infer<typeof ZComplianceLevels>;
