// Escalation policies (/settings/escalation): ordered steps, each waiting some minutes after the
// previous one and then notifying a target resolved from the CMDB at that moment.
import { z } from "zod";
import { ZId, ZName, ZTier, ZUserRef, ZVersion } from "./common";
import { customIssue } from "./field-message";

export const ESCALATION_TARGETS = ["TEAM_CHANNEL", "TECHNICAL_OWNER", "TEAM_LEAD", "TEAM_ON_CALL", "USER"] as const;
export const ZEscalationTarget = z.enum(ESCALATION_TARGETS);
export type TEscalationTarget = z.infer<typeof ZEscalationTarget>;

export const ZEscalationStep = z
  .strictObject({
    waitMinutes: z.number().int().min(0).max(1440).describe("Minutes after the previous step (after the incident opened, for the first)"),
    target: ZEscalationTarget,
    userId: ZId.nullable().optional().describe("The person, for target USER only"),
  })
  .superRefine((s, ctx) => {
    if ((s.target === "USER") !== Boolean(s.userId)) ctx.addIssue({ ...customIssue("userIdForUserTarget"), path: ["userId"] });
  });
export type TEscalationStep = z.infer<typeof ZEscalationStep>;

const fields = {
  name: ZName.max(100),
  teamId: ZId.nullable().optional().describe("Chosen for this team's incidents (with tier: only that tier)"),
  tier: ZTier.nullable().optional(),
  isDefault: z.boolean().default(false).describe("The policy for incidents no other policy covers; exactly one"),
  steps: z.array(ZEscalationStep).min(1).max(10),
  repeatCount: z.number().int().min(0).max(10).default(0).describe("How often the whole list runs again"),
};

export const ZEscalationPolicyCreate = z.strictObject(fields).meta({ id: "EscalationPolicyCreate" });
export type TEscalationPolicyCreate = z.input<typeof ZEscalationPolicyCreate>;

export const ZEscalationPolicyUpdate = z
  .strictObject({
    version: ZVersion,
    name: fields.name.optional(),
    teamId: fields.teamId,
    tier: fields.tier,
    isDefault: z.boolean().optional(),
    steps: fields.steps.optional(),
    repeatCount: z.number().int().min(0).max(10).optional(),
  })
  .meta({ id: "EscalationPolicyUpdate" });
export type TEscalationPolicyUpdate = z.input<typeof ZEscalationPolicyUpdate>;

export const ZEscalationPolicy = z
  .object({
    id: z.string(),
    name: z.string(),
    team: z.object({ id: z.string(), key: z.string(), name: z.string() }).nullable(),
    tier: z.number().int().nullable(),
    isDefault: z.boolean(),
    steps: z.array(z.object({
      waitMinutes: z.number().int(),
      target: ZEscalationTarget,
      userId: z.string().nullable().optional(),
      user: ZUserRef.nullable().describe("The named person of a USER step"),
    })),
    repeatCount: z.number().int(),
    createdAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: "EscalationPolicy" });
export type TEscalationPolicy = z.infer<typeof ZEscalationPolicy>;

export const ZEscalationPolicyList = z.object({ items: z.array(ZEscalationPolicy) }).meta({ id: "EscalationPolicyList" });
export type TEscalationPolicyList = z.infer<typeof ZEscalationPolicyList>;
