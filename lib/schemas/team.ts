import { z } from "zod";
import {
  ZDescription, ZId, ZKey, ZListQueryBase, ZName, ZShortText, ZUserRef, ZVersion, nullableText, sortParam, zPage,
} from "./common";
import { ZTeamRole } from "./enums";
import { noControlCharacters } from "./text";
import { customIssue, fieldMessage } from "./field-message";

export const ZTeamMemberInput = z.strictObject({ userId: ZId, role: ZTeamRole.default("MEMBER") });

/** The whole membership list; a user may appear once. */
export const ZTeamMembers = z
  .array(ZTeamMemberInput)
  .max(500)
  .superRefine((members, ctx) => {
    const seen = new Set<string>();
    members.forEach((m, i) => {
      if (seen.has(m.userId)) ctx.addIssue({ ...customIssue("userListedTwice"), path: [i, "userId"] });
      seen.add(m.userId);
    });
  })
  .describe("Members with their role; on update the list replaces the current membership");

const fields = {
  key: ZKey,
  name: ZName,
  description: ZDescription,
  contactEmail: nullableText(z.email(fieldMessage("email")).check(noControlCharacters).max(320)),
  chatChannel: nullableText(ZShortText).describe("e.g. #team-payments"),
  onCall: nullableText(ZShortText).describe("Rota name, pager alias or phone"),
  onCallUserId: ZId.nullable().describe("The member escalation steps page as the team's on-call (must be a member)"),
  members: ZTeamMembers,
};

export const ZTeamCreate = z.strictObject({
  ...fields,
  description: fields.description.default(""),
  contactEmail: fields.contactEmail.optional(),
  chatChannel: fields.chatChannel.optional(),
  onCall: fields.onCall.optional(),
  onCallUserId: fields.onCallUserId.optional(),
  members: fields.members.default([]),
}).meta({ id: "TeamCreate" });
export type TTeamCreate = z.input<typeof ZTeamCreate>;

export const ZTeamUpdate = z
  .strictObject({ ...z.object(fields).partial().shape, version: ZVersion })
  .meta({ id: "TeamUpdate" });
export type TTeamUpdate = z.input<typeof ZTeamUpdate>;

export const TEAM_SORTS = ["key", "name", "createdAt", "updatedAt"] as const;

export const ZTeamListQuery = ZListQueryBase.extend({
  memberId: ZId.optional().describe("Teams this user belongs to"),
  sort: sortParam(TEAM_SORTS, "name"),
});
export type TTeamListQuery = z.output<typeof ZTeamListQuery>;

export const ZTeam = z
  .object({
    id: z.string(),
    key: ZKey,
    name: ZName,
    description: ZDescription,
    contactEmail: z.string().nullable(),
    chatChannel: z.string().nullable(),
    onCall: z.string().nullable(),
    onCallUserId: z.string().nullable(),
    members: z.array(z.object({ user: ZUserRef, role: ZTeamRole })),
    counts: z.object({ systems: z.number().int(), interfaces: z.number().int() }).describe("Records the team owns"),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Team" });
export type TTeam = z.infer<typeof ZTeam>;

export const ZTeamPage = zPage(ZTeam).meta({ id: "TeamPage" });
