// Silences, maintenance windows, label mappings, the unmapped list and the rejected-deliveries
// log (the /alerts/silences, /alerts/maintenance and /alerts/mapping pages and their API).
import { z } from "zod";
import { isValidPattern } from "@/lib/alerts/match-silence";
import { isValidTimeZone } from "@/lib/alerts/maintenance-window";
import { ZId, ZVersion } from "./common";
import { ZSubjectType } from "./enums";
import { customIssue, fieldMessage } from "./field-message";
import { ZInstant } from "./health-ingest";
import { ZLabelName } from "./alerts";
import { multilineInput, textInput } from "./text";

export const ZMatcher = z
  .strictObject({ label: ZLabelName, op: z.enum(["=", "!=", "=~", "!~"]), value: textInput().max(1000) })
  .superRefine((m, ctx) => {
    if ((m.op === "=~" || m.op === "!~") && !isValidPattern(m.value)) ctx.addIssue({ ...customIssue("patternUnsupported"), path: ["value"] });
  })
  .meta({ id: "SilenceMatcher" });
export type TMatcher = z.infer<typeof ZMatcher>;

export const ZMatchers = z.array(ZMatcher).min(1, fieldMessage("selectAtLeastOne")).max(20, fieldMessage("atMostRecords", { max: 20 }));

const ZComment = multilineInput().trim().max(2000);

export const ZSilenceCreate = z
  .strictObject({
    matchers: ZMatchers,
    startsAt: ZInstant.optional().describe("Default: now"),
    endsAt: ZInstant,
    comment: ZComment.min(1, fieldMessage("required")),
  })
  .refine((s) => Date.parse(s.endsAt) > (s.startsAt ? Date.parse(s.startsAt) : Date.now()), { ...fieldMessage("laterThanStart"), path: ["endsAt"] })
  .meta({ id: "SilenceCreate" });
export type TSilenceCreate = z.infer<typeof ZSilenceCreate>;

/** Ending a silence early: the version read, so two people expiring and editing do not cross. */
export const ZSilenceExpire = z.strictObject({ version: ZVersion }).meta({ id: "SilenceExpire" });

export const ZSilence = z
  .object({
    id: z.string(),
    matchers: z.array(z.object({ label: z.string(), op: z.string(), value: z.string() })),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    comment: z.string(),
    createdById: z.string(),
    createdAt: z.iso.datetime(),
    expiredAt: z.iso.datetime().nullable(),
    version: z.number().int(),
    active: z.boolean(),
  })
  .meta({ id: "Silence" });

export const ZSilenceList = z.object({ items: z.array(ZSilence) }).meta({ id: "SilenceList" });
export const ZSilenceListQuery = z.strictObject({ state: z.enum(["active", "expired", "all"]).default("all") });

/** Preview: how many unresolved alerts these matchers would silence now. */
export const ZSilencePreview = z.strictObject({ matchers: ZMatchers }).meta({ id: "SilencePreview" });
export const ZSilencePreviewResult = z.object({ matching: z.number().int() }).meta({ id: "SilencePreviewResult" });

const ZOneOff = z.strictObject({
  kind: z.literal("ONE_OFF"),
  systemId: ZId,
  startsAt: ZInstant,
  endsAt: ZInstant,
  comment: ZComment.default(""),
});
const ZWeekly = z.strictObject({
  kind: z.literal("WEEKLY"),
  systemId: ZId,
  weekday: z.number().int().min(0).max(6).describe("0 = Sunday"),
  startMinute: z.number().int().min(0).max(1439).describe("Minutes after local midnight"),
  durationMinutes: z.number().int().min(1).max(10_080),
  timeZone: textInput().max(100).refine(isValidTimeZone, fieldMessage("unknownTimeZone")).describe("IANA zone, e.g. Europe/Berlin"),
  comment: ZComment.default(""),
});
export const ZMaintenanceCreate = z
  .discriminatedUnion("kind", [ZOneOff, ZWeekly])
  .refine((m) => m.kind !== "ONE_OFF" || Date.parse(m.endsAt) > Date.parse(m.startsAt), { ...fieldMessage("laterThanStart"), path: ["endsAt"] })
  .meta({ id: "MaintenanceCreate" });
export type TMaintenanceCreate = z.infer<typeof ZMaintenanceCreate>;

export const ZMaintenance = z
  .object({
    id: z.string(),
    systemId: z.string(),
    kind: z.enum(["ONE_OFF", "WEEKLY"]),
    startsAt: z.iso.datetime().nullable(),
    endsAt: z.iso.datetime().nullable(),
    weekday: z.number().int().nullable(),
    startMinute: z.number().int().nullable(),
    durationMinutes: z.number().int().nullable(),
    timeZone: z.string(),
    comment: z.string(),
    createdById: z.string(),
    createdAt: z.iso.datetime(),
    version: z.number().int(),
    open: z.boolean(),
  })
  .meta({ id: "MaintenanceWindow" });
export const ZMaintenanceList = z.object({ items: z.array(ZMaintenance) }).meta({ id: "MaintenanceList" });
export const ZMaintenanceListQuery = z.strictObject({ systemId: ZId.optional() });

export const ZMappingRuleCreate = z
  .strictObject({
    label: ZLabelName,
    value: textInput().max(1000).nullable().default(null).describe("null: the label's value is a record key; else an alias for exactly this value"),
    targetType: ZSubjectType,
    targetId: ZId.nullable().default(null),
    priority: z.number().int().min(0).max(1000).default(100),
  })
  .superRefine((r, ctx) => {
    if (r.value !== null && r.targetId === null) ctx.addIssue({ ...customIssue("required"), path: ["targetId"] });
    if (r.value === null && r.targetId !== null) ctx.addIssue({ ...customIssue("noValueForOperator"), path: ["targetId"] });
  })
  .meta({ id: "MappingRuleCreate" });
export type TMappingRuleCreate = z.infer<typeof ZMappingRuleCreate>;

export const ZMappingRule = z
  .object({
    id: z.string(),
    label: z.string(),
    value: z.string().nullable(),
    targetType: ZSubjectType,
    targetId: z.string().nullable(),
    priority: z.number().int(),
    createdById: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "MappingRule" });
export const ZMappingRuleList = z.object({ items: z.array(ZMappingRule) }).meta({ id: "MappingRuleList" });

export const ZUnmappedQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const ZUnmappedGroup = z.object({ label: z.string(), value: z.string(), count: z.number().int() });
export const ZUnmappedList = z.object({ items: z.array(ZUnmappedGroup), total: z.number().int(), alerts: z.number().int() }).meta({ id: "UnmappedList" });

export const ZMapUnmapped = z
  .strictObject({ label: ZLabelName, value: textInput().min(1).max(1000), targetType: ZSubjectType, targetId: ZId })
  .meta({ id: "MapUnmapped" });
export type TMapUnmapped = z.infer<typeof ZMapUnmapped>;
export const ZMapUnmappedResult = z.object({ rule: ZMappingRule, mapped: z.number().int() }).meta({ id: "MapUnmappedResult" });

export const ZRejectionQuery = ZUnmappedQuery;
export const ZRejection = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  sourceKind: z.enum(["ALERTMANAGER", "GENERIC"]),
  actorLabel: z.string(),
  status: z.number().int(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
  body: z.string(),
});
export const ZRejectionList = z.object({ items: z.array(ZRejection), total: z.number().int() }).meta({ id: "RejectionList" });

export type TSilence = z.infer<typeof ZSilence>;
export type TMaintenance = z.infer<typeof ZMaintenance>;
export type TMappingRule = z.infer<typeof ZMappingRule>;
export type TUnmappedList = z.infer<typeof ZUnmappedList>;
export type TRejectionList = z.infer<typeof ZRejectionList>;
