import { z } from "zod";
import { ZName } from "./common";

export const ZApiTokenCreate = z
  .strictObject({ name: ZName.max(100).describe("What the token is for, e.g. ci-import") })
  .meta({ id: "ApiTokenCreate" });
export type TApiTokenCreate = z.input<typeof ZApiTokenCreate>;

export const ZApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe("The first 8 characters after jct_, to recognise the token"),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "ApiToken" });
export type TApiToken = z.infer<typeof ZApiToken>;

export const ZApiTokenList = z.object({ items: z.array(ZApiToken) }).meta({ id: "ApiTokenList" });

export const ZApiTokenCreated = z
  .object({
    token: ZApiToken,
    secret: z.string().describe("Send as `Authorization: Bearer <secret>`. Shown once; only its hash is stored."),
  })
  .meta({ id: "ApiTokenCreated" });
export type TApiTokenCreated = z.infer<typeof ZApiTokenCreated>;
