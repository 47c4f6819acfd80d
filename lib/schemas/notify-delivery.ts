// The delivery log (/alerts/deliveries): every notification the outbox holds, with its attempts.
import { z } from "zod";
import { ZId, ZUserRef, zPage } from "./common";
import { ZChannelKind } from "./notify-channel";

export const DELIVERY_STATES = ["PENDING", "DELIVERED", "DEAD"] as const;
export const ZDeliveryState = z.enum(DELIVERY_STATES);
export type TDeliveryState = z.infer<typeof ZDeliveryState>;

export const NOTIFICATION_KINDS = ["TRIGGER", "ESCALATION", "RECOVERY", "STORM_SUMMARY", "TEST"] as const;
export const ZNotificationKind = z.enum(NOTIFICATION_KINDS);

/** What a notification says, decided when it is written; each channel kind renders it its own way. */
export const ZMessage = z.object({
  subject: z.string(),
  text: z.string().describe("Plain text, English then Chinese"),
  severity: z.string().optional(),
  link: z.string().optional().describe("Path of the incident in the console"),
});
export type TMessage = z.infer<typeof ZMessage>;

export const ZNotificationListQuery = z.object({
  state: ZDeliveryState.optional(),
  channelId: ZId.optional(),
  incidentId: ZId.optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TNotificationListQuery = z.infer<typeof ZNotificationListQuery>;

export const ZNotificationAttempt = z.object({
  at: z.iso.datetime(),
  ok: z.boolean(),
  httpStatus: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
});

export const ZNotification = z
  .object({
    id: z.string(),
    kind: ZNotificationKind,
    state: ZDeliveryState,
    incidentId: z.string().nullable(),
    channel: z.object({ id: z.string(), name: z.string(), kind: ZChannelKind }).nullable(),
    user: ZUserRef.nullable(),
    targetNote: z.string().describe("How the target was chosen, e.g. a deactivated owner falling through to the lead"),
    message: ZMessage,
    attempts: z.number().int(),
    nextAttemptAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    attemptLog: z.array(ZNotificationAttempt).describe("Oldest first"),
  })
  .meta({ id: "Notification" });
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationPage = zPage(ZNotification).meta({ id: "NotificationPage" });
export type TNotificationPage = z.infer<typeof ZNotificationPage>;
