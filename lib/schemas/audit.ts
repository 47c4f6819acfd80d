import { z } from "zod";
import { ZId, zPage } from "./common";
import { noControlCharacters } from "./text";
import { fieldMessage } from "./field-message";
import { ZAuditAction, ZEntityType, type TAuditAction, type TEntityType } from "./enums";

/**
 * The entries every reader may see: the catalogue's history, saved views and settings. Entries
 * about people and their tokens are the admins' business (the API leaves them out for others).
 */
export const READER_AUDIT_ENTITY_TYPES = ["SYSTEM", "INTERFACE", "TEAM", "VIEW", "SETTING", "STANDARD", "WAIVER", "ATTESTATION", "CONTRACT", "INITIATIVE", "ALERT", "INCIDENT", "ALERT_MAPPING", "SILENCE", "MAINTENANCE_WINDOW"] as const satisfies readonly TEntityType[];

/** The actions of security events (entity type SECURITY, admins only): sign-ins and lock-outs. */
export const SECURITY_AUDIT_ACTIONS = ["SIGN_IN_SUCCEEDED", "SIGN_IN_FAILED", "SIGN_IN_LOCKED_OUT"] as const satisfies readonly TAuditAction[];

const ZMoment = z.iso.datetime({ offset: true }).check(noControlCharacters);

export const ZAuditListQuery = z.object({
  entityType: ZEntityType.optional(),
  entityId: ZId.optional(),
  actorUserId: ZId.optional(),
  action: ZAuditAction.optional(),
  from: ZMoment.optional().describe("Entries at or after this moment (ISO 8601 with zone, e.g. 2026-11-01T00:00:00+08:00)"),
  to: ZMoment.optional().describe("Entries before this moment (exclusive), ISO 8601 with zone"),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
}).refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
  path: ["to"], ...fieldMessage("laterThanFrom"),
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
