import { z } from "zod";
import { PERMISSIONS } from "@/server/auth/permissions";
import { ZListQueryBase, ZName, ZVersion, csvEnum, sortParam, zPage } from "./common";
import { ROLES, ZLocale, ZRole } from "./enums";

// Emails are compared lowercased (sign-in lowercases too), so they are stored that way.
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email("A valid email address"))
  .describe("Sign-in email; stored lowercased");
export const ZPassword = z
  .string()
  .min(12, "At least 12 characters")
  .max(200, "At most 200 characters")
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
  q: z.string().trim().max(200).optional().describe("Case-insensitive substring of name or email"),
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
