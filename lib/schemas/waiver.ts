// Waivers (an exception to one standard for one record, until a date) and attestations (a person
// vouching for what no machine can check).
import { z } from "zod";
import { ZId, ZListQueryBase, ZRef, ZUrl, ZUserRef, ZVersion, csvEnum, nullableText, zPage } from "./common";
import { WAIVER_STATUSES, ZSubjectType, ZWaiverStatus } from "./enums";
import { ZStandardRef } from "./compliance";
import { multilineInput, noControlCharacters } from "./text";
import { fieldMessage } from "./field-message";

export const MAX_WAIVER_DAYS = 365;
const ZMoment = z.iso.datetime({ offset: true }).check(noControlCharacters);

export const ZWaiverCreate = z.strictObject({
  standardId: ZId,
  subjectType: ZSubjectType,
  subjectId: ZId.describe("The system's or interface's id"),
  reason: multilineInput().trim().min(10, fieldMessage("atLeastCharacters", { min: 10 })).max(2000),
  expiresAt: ZMoment.describe(`When the exception ends: in the future, at most ${MAX_WAIVER_DAYS} days ahead`),
}).meta({ id: "WaiverCreate" });
export type TWaiverCreate = z.input<typeof ZWaiverCreate>;

export const ZWaiverDecision = z.strictObject({
  version: ZVersion,
  note: multilineInput().trim().max(2000).default(""),
}).meta({ id: "WaiverDecision" });

export const ZWaiverListQuery = ZListQueryBase.extend({
  status: csvEnum(WAIVER_STATUSES).optional(),
  standardId: ZId.optional(),
  subjectType: ZSubjectType.optional(),
  subjectId: ZId.optional(),
  expiringWithinDays: z.coerce.number().int().min(0).max(MAX_WAIVER_DAYS).optional()
    .describe("Approved waivers that end within this many days (and have not ended)"),
  active: z.enum(["true", "false"]).transform((v) => v === "true").optional().describe("true: approved and not expired"),
});
export type TWaiverListQuery = z.output<typeof ZWaiverListQuery>;

export const ZWaiver = z.object({
  id: z.string(),
  standard: ZStandardRef,
  subjectType: ZSubjectType,
  subject: ZRef.nullable().describe("null when the record was deleted"),
  reason: z.string(),
  expiresAt: z.string(),
  expired: z.boolean(),
  status: ZWaiverStatus,
  requestedBy: ZUserRef,
  decidedBy: ZUserRef.nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
}).meta({ id: "Waiver" });
export type TWaiver = z.infer<typeof ZWaiver>;
export const ZWaiverPage = zPage(ZWaiver).meta({ id: "WaiverPage" });

export const ZAttestationCreate = z.strictObject({
  standardId: ZId,
  subjectType: ZSubjectType,
  subjectId: ZId,
  evidenceUrl: nullableText(ZUrl).optional(),
  comment: multilineInput().trim().max(2000).default(""),
}).meta({ id: "AttestationCreate" });

export const ZAttestationListQuery = ZListQueryBase.extend({
  standardId: ZId.optional(),
  subjectType: ZSubjectType.optional(),
  subjectId: ZId.optional(),
});
export type TAttestationListQuery = z.output<typeof ZAttestationListQuery>;

export const ZAttestation = z.object({
  id: z.string(),
  standard: ZStandardRef,
  subjectType: ZSubjectType,
  subject: ZRef.nullable(),
  evidenceUrl: z.string().nullable(),
  comment: z.string(),
  attestedBy: ZUserRef,
  attestedAt: z.string(),
  expiresAt: z.string().describe("attestedAt + the standard's validDays"),
}).meta({ id: "Attestation" });
export type TAttestation = z.infer<typeof ZAttestation>;
export const ZAttestationPage = zPage(ZAttestation).meta({ id: "AttestationPage" });
