// Initiatives: "every tier-0 interface at Silver by 2027-03-31" — a target level over a scope.
import { z } from "zod";
import { ZId, ZListQueryBase, ZName, ZRef, ZUserRef, ZVersion, sortParam, zPage } from "./common";
import { ZComplianceLevel, ZSubjectType } from "./enums";
import { ZScope } from "./standard";
import { multilineInput, noControlCharacters } from "./text";

const ZTarget = z.enum(["BRONZE", "SILVER", "GOLD"]);
const ZDay = z.iso.date().check(noControlCharacters).describe("YYYY-MM-DD");

const fields = {
  name: ZName,
  description: multilineInput().max(5000),
  appliesTo: ZSubjectType,
  scope: ZScope,
  targetLevel: ZTarget,
  deadline: ZDay,
};

export const ZInitiativeCreate = z.strictObject({ ...fields, description: fields.description.default("") }).meta({ id: "InitiativeCreate" });
export type TInitiativeCreate = z.input<typeof ZInitiativeCreate>;
export const ZInitiativeUpdate = z.strictObject({ ...z.object(fields).partial().shape, version: ZVersion }).meta({ id: "InitiativeUpdate" });
export const INITIATIVE_SORTS = ["deadline", "name", "targetLevel", "createdAt"] as const;
export const ZInitiativeListQuery = ZListQueryBase.extend({ appliesTo: ZSubjectType.optional(), sort: sortParam(INITIATIVE_SORTS, "deadline") });
export type TInitiativeListQuery = z.output<typeof ZInitiativeListQuery>;

const ZProgress = z.object({ total: z.number().int(), atTarget: z.number().int(), ratio: z.number().describe("0–1; 1 when the scope is empty") });

export const ZInitiative = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  appliesTo: ZSubjectType,
  scope: ZScope,
  targetLevel: ZTarget,
  deadline: z.string(),
  createdBy: ZUserRef,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  progress: ZProgress,
}).meta({ id: "Initiative" });
export type TInitiative = z.infer<typeof ZInitiative>;
export const ZInitiativePage = zPage(ZInitiative).meta({ id: "InitiativePage" });

export const ZInitiativeDetail = ZInitiative.extend({
  byTeam: z.array(ZProgress.extend({ team: ZRef.nullable() })).describe("What is left, per team, most left first"),
  remaining: z.array(z.object({ id: z.string(), key: z.string(), name: z.string(), level: ZComplianceLevel, team: ZRef.nullable() }))
    .describe("Records below the target (the first 200, lowest level first)"),
  history: z.array(z.object({ day: z.string(), total: z.number().int(), atTarget: z.number().int() })),
}).meta({ id: "InitiativeDetail" });
export type TInitiativeDetail = z.infer<typeof ZInitiativeDetail>;
export const ZInitiativeId = z.object({ id: ZId });
