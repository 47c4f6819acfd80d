import { z } from "zod";
import { ZId, ZListQueryBase, ZName, ZRef, ZVersion, csvEnum, sortParam, zPage } from "./common";
import { PERMISSIONS, ROLES, ZLifecycle, ZLocale, ZRole } from "./enums";
import { textInput } from "./text";
import { customIssue, fieldMessage } from "./field-message";

// Emails are compared lowercased (sign-in lowercases too), so they are stored that way.
export const ZEmail = textInput()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email(fieldMessage("email")))
  .describe("Sign-in email; stored lowercased");
export const ZPassword = textInput()
  .min(12, fieldMessage("atLeastCharacters", { min: 12 }))
  .max(200, fieldMessage("atMostCharacters", { max: 200 }))
  .describe("Plain text over TLS; only its argon2id hash is stored");

export const ZUserCreate = z
  .strictObject({ email: ZEmail, name: ZName, role: ZRole, password: ZPassword, locale: ZLocale.default("en") })
  .meta({ id: "UserCreate" });
export type TUserCreate = z.input<typeof ZUserCreate>;

export const ZUserUpdate = z
  .strictObject({
    version: ZVersion,
    name: ZName.optional(),
    role: ZRole.optional(),
    active: z.boolean().optional().describe("false deactivates: sign-in, sessions and tokens stop at once"),
    locale: ZLocale.optional(),
    password: ZPassword.optional(),
  })
  .meta({ id: "UserUpdate" });
export type TUserUpdate = z.input<typeof ZUserUpdate>;

export const ZMeUpdate = z.strictObject({ name: ZName.optional(), locale: ZLocale.optional() }).meta({ id: "MeUpdate" });
export type TMeUpdate = z.input<typeof ZMeUpdate>;

export const USER_SORTS = ["name", "email", "createdAt", "lastLoginAt"] as const;

export const ZUserListQuery = ZListQueryBase.extend({
  q: textInput().trim().max(200).optional().describe("Case-insensitive substring of name or email"),
  active: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  role: csvEnum(ROLES).optional(),
  sort: sortParam(USER_SORTS, "name"),
});
export type TUserListQuery = z.output<typeof ZUserListQuery>;

/** The full record, for admins and for the user themselves. */
export const ZUser = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: ZRole,
    active: z.boolean(),
    locale: ZLocale,
    lastLoginAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: "User" });
export type TUser = z.infer<typeof ZUser>;

/** What everyone signed in may see of other users: enough to pick an owner. */
export const ZUserDirectoryEntry = z
  .object({ id: z.string(), name: z.string(), email: z.string(), active: z.boolean() })
  .meta({ id: "UserDirectoryEntry" });
export type TUserDirectoryEntry = z.infer<typeof ZUserDirectoryEntry>;

export const ZUserPage = zPage(ZUser).meta({ id: "UserPage" });
export const ZUserDirectoryPage = zPage(ZUserDirectoryEntry).meta({ id: "UserDirectoryPage" });
/** Admins get UserPage; everyone else gets UserDirectoryPage. */
export const ZUserListResponse = z.union([ZUserPage, ZUserDirectoryPage]).meta({ id: "UserListResponse" });

export const ZMe = ZUser.extend({
  permissions: z.array(z.enum(PERMISSIONS)).describe("What the current role allows"),
}).meta({ id: "Me" });
export type TMe = z.infer<typeof ZMe>;

// ---- Ownerships and deactivation with hand-over ------------------------------------------------

/** The roles a person holds on a record: systems have both, interfaces only a technical owner. */
export const OWNERSHIP_ROLES = ["technicalOwner", "businessOwner"] as const;
export const ZOwnershipRole = z.enum(OWNERSHIP_ROLES);
export type TOwnershipRole = z.infer<typeof ZOwnershipRole>;
export const ZOwnedEntityType = z.enum(["SYSTEM", "INTERFACE"]);
export type TOwnedEntityType = z.infer<typeof ZOwnedEntityType>;

export const ZUserOwnership = z
  .object({
    entityType: ZOwnedEntityType,
    id: z.string(),
    key: z.string(),
    name: z.string(),
    tier: z.number().int(),
    lifecycle: ZLifecycle,
    role: ZOwnershipRole,
    teamId: z.string().nullable().describe("The record's owning team, described once in `teams`"),
  })
  .meta({ id: "UserOwnership" });
export type TUserOwnership = z.infer<typeof ZUserOwnership>;

export const ZOwnershipTeam = ZRef.extend({
  activeLeads: z
    .array(z.object({ id: z.string(), name: z.string() }))
    .describe("The team's active leads by name (the person included, if they lead it): who can take over"),
}).meta({ id: "OwnershipTeam" });
export type TOwnershipTeam = z.infer<typeof ZOwnershipTeam>;

export const ZUserOwnerships = z
  .object({
    items: z
      .array(ZUserOwnership)
      .describe("Every ownership, sorted by tier, then name; a system owned in both roles appears once per role"),
    teams: z
      .array(ZOwnershipTeam)
      .describe("Each team the items name, once (a person may own thousands of records of a few teams)"),
    teamsLed: z
      .array(ZRef.extend({ otherActiveLeads: z.number().int().describe("Active leads besides this person") }))
      .describe("Teams this person leads, by name"),
  })
  .meta({ id: "UserOwnerships" });
export type TUserOwnerships = z.infer<typeof ZUserOwnerships>;

export const ZHandover = z.strictObject({
  entityType: ZOwnedEntityType,
  entityId: ZId,
  role: ZOwnershipRole,
  toUserId: ZId.nullable().describe("The new owner (an active user other than the person); null leaves it as a gap"),
});
export type THandover = z.infer<typeof ZHandover>;

export const ZUserDeactivate = z
  .strictObject({
    version: ZVersion,
    handovers: z
      .array(ZHandover)
      .max(5000)
      .superRefine((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((h, i) => {
          const k = `${h.entityType}:${h.entityId}:${h.role}`;
          if (seen.has(k)) ctx.addIssue({ ...customIssue("ownershipListedTwice"), path: [i] });
          seen.add(k);
        });
      })
      .default([])
      .describe("What happens to each ownership; ownerships not listed are left as gaps (shown on /ownership)"),
  })
  .meta({ id: "UserDeactivate" });
export type TUserDeactivate = z.input<typeof ZUserDeactivate>;

export const ZUserDeactivateResult = ZUser.extend({
  handedOver: z.number().int().describe("Ownerships (record × role) given to someone else"),
  leftAsGaps: z.number().int().describe("Ownerships left with the deactivated person, now gaps"),
  teamsWithoutLead: z.array(ZRef).describe("Teams this person was the only active lead of; they stay a member"),
}).meta({ id: "UserDeactivateResult" });
export type TUserDeactivateResult = z.infer<typeof ZUserDeactivateResult>;
