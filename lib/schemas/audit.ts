import { z } from "zod";
import { ZId, zPage } from "./common";
import { ZAuditAction, ZEntityType } from "./enums";

export const ZAuditListQuery = z.object({
  entityType: ZEntityType.optional(),
  entityId: ZId.optional(),
  actorUserId: ZId.optional(),
  action: ZAuditAction.optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TAuditListQuery = z.output<typeof ZAuditListQuery>;

const ZSnapshot = z.record(z.string(), z.unknown()).nullable().describe("The record as the API showed it");

export const ZAuditEntry = z
  .object({
    id: z.string(),
    at: z.iso.datetime(),
    action: ZAuditAction,
    entityType: ZEntityType,
    entityId: z.string(),
    actor: z.object({
      userId: z.string().nullable(),
      label: z.string().describe("The actor's email when the change was made"),
      viaToken: z.boolean().describe("Made with an API token rather than a browser session"),
    }),
    before: ZSnapshot,
    after: ZSnapshot,
  })
  .meta({ id: "AuditEntry" });
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditPage = zPage(ZAuditEntry).meta({ id: "AuditPage" });
