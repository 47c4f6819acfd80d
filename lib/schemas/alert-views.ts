// Alerts as people read them: the inbox (and "my alerts"), incidents and their timeline. What
// monitors send in, and the actions on alerts, are in the intake's own schemas.
import { z } from "zod";
import * as E from "@/server/generated/prisma/enums";
import { ALERT_SEVERITIES, ZAlertSeverity, ZAlertState, ZIncidentState } from "./alerts";
import { ZId, ZListQueryBase, ZRef, ZTierList, ZUserRef, csvEnum, sortParam } from "./common";

// The enums are intake's (lib/schemas/alerts.ts): one definition for what arrives and what is read.
export { ALERT_SEVERITIES, ZAlertSeverity, ZAlertState, ZIncidentState };
export type TAlertSeverity = z.infer<typeof ZAlertSeverity>;
export type TAlertState = z.infer<typeof ZAlertState>;
export type TIncidentState = z.infer<typeof ZIncidentState>;

/**
 * The inbox's views. An alert a silence or maintenance window holds back is SUPPRESSED until it
 * resolves, whatever its own state: nobody was told of it, so it is not "firing" for anyone.
 */
export const ALERT_VIEWS = ["FIRING", "ACKNOWLEDGED", "RESOLVED", "SUPPRESSED"] as const;
export type TAlertView = (typeof ALERT_VIEWS)[number];

export const ALERT_SORTS = ["severity", "lastSeen", "firstSeen", "count", "title"] as const;
export const ZAlertListQuery = ZListQueryBase.extend({
  view: csvEnum(ALERT_VIEWS).optional().describe("FIRING, ACKNOWLEDGED, RESOLVED, SUPPRESSED; default FIRING and ACKNOWLEDGED"),
  severity: csvEnum(ALERT_SEVERITIES).optional(),
  teamId: ZId.optional().describe("The team of the alert's system (or interface)"),
  tier: ZTierList.optional().describe("The tier of the alert's system (or interface)"),
  systemId: ZId.optional(),
  interfaceId: ZId.optional(),
  incidentId: ZId.optional(),
  mine: z.enum(["true", "false"]).optional().describe("Only alerts on records I own: technical owner, my teams', or assigned to me"),
  sort: sortParam(ALERT_SORTS, "severity").describe("severity: critical first, then the most recent; prefix - to reverse"),
});
export type TAlertListQuery = z.output<typeof ZAlertListQuery>;

const ZIncidentRef = z.object({ id: z.string(), number: z.number().int(), state: ZIncidentState });
const ZSubjectRef = ZRef.extend({ tier: z.number().int() });

export const ZAlertRow = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  severity: ZAlertSeverity,
  state: ZAlertState,
  suppressedBy: z.enum(["SILENCE", "MAINTENANCE"]).nullable(),
  source: z.string(),
  sourceKind: z.enum(["ALERTMANAGER", "GENERIC"]),
  fingerprint: z.string().nullable(),
  dedupKey: z.string(),
  labels: z.record(z.string(), z.string()),
  count: z.number().int(),
  flapping: z.boolean(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: ZUserRef.nullable(),
  resolvedAt: z.string().nullable(),
  assignee: ZUserRef.nullable(),
  system: ZSubjectRef.nullable().describe("null: unmapped (waits in the unmapped list)"),
  interface: ZSubjectRef.nullable(),
  team: ZRef.nullable(),
  incident: ZIncidentRef.nullable(),
  symptom: z.boolean().describe("Attached to an upstream provider's incident as a probable symptom"),
  version: z.number().int(),
});
export type TAlertRow = z.infer<typeof ZAlertRow>;

export const ZAlertList = z.object({
  items: z.array(ZAlertRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.object({ FIRING: z.number().int(), ACKNOWLEDGED: z.number().int(), RESOLVED: z.number().int(), SUPPRESSED: z.number().int() })
    .describe("Per view, over the other filters"),
}).meta({ id: "AlertList" });
export type TAlertList = z.infer<typeof ZAlertList>;

export const INCIDENT_SORTS = ["opened", "severity", "number"] as const;
export const ZIncidentListQuery = ZListQueryBase.extend({
  state: csvEnum(Object.values(E.IncidentState) as [E.IncidentState, ...E.IncidentState[]]).optional().describe("Default OPEN and ACKNOWLEDGED"),
  teamId: ZId.optional(),
  systemId: ZId.optional(),
  mine: z.enum(["true", "false"]).optional(),
  sort: sortParam(INCIDENT_SORTS, "opened").describe("opened: newest first; prefix - to reverse"),
});
export type TIncidentListQuery = z.output<typeof ZIncidentListQuery>;

export const ZIncidentRow = z.object({
  id: z.string(),
  number: z.number().int(),
  title: z.string(),
  severity: ZAlertSeverity,
  state: ZIncidentState,
  openedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: ZUserRef.nullable(),
  resolvedAt: z.string().nullable(),
  assignee: ZUserRef.nullable(),
  system: ZSubjectRef,
  team: ZRef.nullable(),
  alerts: z.number().int().describe("Alerts attached, symptoms included"),
  symptoms: z.number().int().describe("Alerts downstream attached as probable symptoms"),
  version: z.number().int(),
});
export type TIncidentRow = z.infer<typeof ZIncidentRow>;

export const ZIncidentList = zPageWithCounts(ZIncidentRow).meta({ id: "IncidentList" });
export type TIncidentList = z.infer<typeof ZIncidentList>;

function zPageWithCounts<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
    counts: z.object({ OPEN: z.number().int(), ACKNOWLEDGED: z.number().int(), RESOLVED: z.number().int() }),
  });
}

const ZActorRef = z.object({ userId: z.string().nullable(), label: z.string() });

export const ZTimelineItem = z.discriminatedUnion("type", [
  z.object({ type: z.literal("alert"), at: z.string(), alertId: z.string(), alertTitle: z.string(), from: ZAlertState.nullable(), to: ZAlertState, actor: ZUserRef.nullable() }),
  z.object({
    type: z.literal("notification"), at: z.string(), notificationId: z.string(),
    kind: z.enum(Object.values(E.NotificationKind) as [E.NotificationKind, ...E.NotificationKind[]]),
    target: z.string().describe("The channel's or the person's name"), targetNote: z.string(),
    state: z.enum(Object.values(E.DeliveryState) as [E.DeliveryState, ...E.DeliveryState[]]),
    attempts: z.number().int(), deliveredAt: z.string().nullable(), lastError: z.string().nullable(),
  }),
  z.object({ type: z.literal("action"), at: z.string(), action: z.string().describe("ACKNOWLEDGE, RESOLVE or UPDATE (assignment)"), actor: ZActorRef, entity: z.enum(["ALERT", "INCIDENT"]), after: z.record(z.string(), z.unknown()).nullable() }),
  z.object({ type: z.literal("deployment"), at: z.string(), system: ZRef, version: z.string(), environment: z.string(), status: z.string(), link: z.string().nullable() }),
]);
export type TTimelineItem = z.infer<typeof ZTimelineItem>;

export const ZIncidentDetail = ZIncidentRow.extend({
  alertList: z.array(ZAlertRow).describe("Up to 200 alerts, the incident's own first"),
  rootCause: z.array(z.object({ alertId: z.string(), title: z.string(), path: z.array(ZRef).describe("Provider first, this alert's system last") }))
    .describe("Alerts downstream attached as probable symptoms, with their path through the map"),
  people: z.array(z.object({ role: z.enum(["TECHNICAL_OWNER", "TEAM_LEAD", "ON_CALL"]), user: ZUserRef })),
  teamContact: z.object({ chatChannel: z.string().nullable(), onCall: z.string().nullable(), contactEmail: z.string().nullable() }).nullable(),
  escalation: z.object({ policy: z.string(), step: z.number().int(), round: z.number().int(), nextAt: z.string().nullable(), stoppedAt: z.string().nullable(), stopReason: z.string().nullable() }).nullable(),
  timeline: z.array(ZTimelineItem).describe("Oldest first: deployments in the 2 hours before, alert changes, notifications, people's actions"),
}).meta({ id: "IncidentDetail" });
export type TIncidentDetail = z.infer<typeof ZIncidentDetail>;

export const ZAlertReports = z.object({
  months: z.array(z.object({
    month: z.string().describe("YYYY-MM (UTC)"),
    team: ZRef.nullable(),
    incidents: z.number().int(),
    mttaMinutes: z.number().nullable().describe("Median minutes from opening to acknowledgement"),
    mttrMinutes: z.number().nullable().describe("Median minutes from opening to resolution"),
  })).describe("The last 6 months, per team"),
  overall: z.array(z.object({
    month: z.string(), incidents: z.number().int(), mttaMinutes: z.number().nullable(), mttrMinutes: z.number().nullable(),
  })).describe("The last 6 months, all teams together, oldest first"),
  noisiest: z.array(z.object({
    title: z.string(), source: z.string(), received: z.number().int().describe("Deliveries counted, repeats included"),
    alerts: z.number().int().describe("Distinct alerts (fingerprints)"), systems: z.number().int(),
  })).describe("Last 30 days, at most 10"),
  perMember: z.array(z.object({
    team: ZRef, incidents: z.number().int(), members: z.number().int().describe("Active members who can be paged"),
    perMember: z.number().nullable(),
  })).describe("Last 30 days"),
}).meta({ id: "AlertReports" });
export type TAlertReports = z.infer<typeof ZAlertReports>;

export const ZAlertMap = z.object({
  systems: z.array(z.object({
    id: z.string(),
    alerts: z.number().int().describe("Open alerts (firing or acknowledged) that notify: suppressed ones are not counted"),
    severity: ZAlertSeverity.nullable().describe("The most severe of them"),
    maintenance: z.boolean().describe("In a maintenance window now"),
  })),
}).meta({ id: "AlertMap" }).describe("Only systems with open alerts or in maintenance; ids only, for the map's badges");
export type TAlertMap = z.infer<typeof ZAlertMap>;
