// What monitors send to alert intake (POST /api/v1/alerts/alertmanager and /events) and what they
// get back. Alertmanager's webhook is read leniently (unknown fields are ignored: v0.34 added
// notification_reason and routeLabels, later versions will add more); our own API is strict.
import { z } from "zod";
import { ZId, ZUrl, ZVersion } from "./common";
import { BULK_MAX } from "@/lib/alerts/alert-rules";
import { ZInstant } from "./health-ingest";
import { customIssue, fieldMessage } from "./field-message";
import { multilineInput, textInput } from "./text";

export const ALERT_SEVERITIES = ["CRITICAL", "MAJOR", "MINOR", "WARNING", "INFO"] as const;
export const ZAlertSeverity = z.enum(ALERT_SEVERITIES);
export const ZAlertState = z.enum(["FIRING", "ACKNOWLEDGED", "RESOLVED"]);
export const ZIncidentState = z.enum(["OPEN", "ACKNOWLEDGED", "RESOLVED"]);

/** Alerts per Alertmanager webhook: one statement upserts them all. */
export const ALERTS_PER_WEBHOOK_MAX = 1_000;

/** Prometheus label names; values are any one-line text. */
export const ZLabelName = textInput().regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/, fieldMessage("sourceName")).describe("A label name, e.g. service");
export const ZLabels = z.record(ZLabelName, textInput().max(1000)).refine((l) => Object.keys(l).length <= 100, fieldMessage("atMostRecords", { max: 100 }));
const ZAnnotations = z.record(textInput().max(200), multilineInput().max(10_000)).refine((l) => Object.keys(l).length <= 100, fieldMessage("atMostRecords", { max: 100 }));

export const ZAlertmanagerAlert = z
  .object({
    status: z.enum(["firing", "resolved"]),
    labels: ZLabels,
    annotations: ZAnnotations.optional(),
    startsAt: ZInstant,
    // Go's zero time ("0001-01-01T00:00:00Z") when the alert has no end yet.
    endsAt: ZInstant.optional(),
    generatorURL: textInput().max(4096).optional(),
    fingerprint: textInput().regex(/^[0-9a-f]{1,64}$/, fieldMessage("digits")).describe("Alertmanager's label-set fingerprint (hex)"),
  })
  .meta({ id: "AlertmanagerAlert" });

export const ZAlertmanagerWebhook = z
  .object({
    version: textInput().max(10).optional(),
    groupKey: textInput().max(4096).optional(),
    truncatedAlerts: z.number().int().min(0).optional(),
    status: z.enum(["firing", "resolved"]),
    receiver: textInput().trim().min(1, fieldMessage("required")).max(200).describe("The receiver's name: the alerts' source"),
    groupLabels: ZLabels.optional(),
    commonLabels: ZLabels.optional(),
    commonAnnotations: ZAnnotations.optional(),
    externalURL: textInput().max(4096).optional(),
    alerts: z.array(ZAlertmanagerAlert).min(1, fieldMessage("selectAtLeastOne")).max(ALERTS_PER_WEBHOOK_MAX, fieldMessage("atMostRecords", { max: ALERTS_PER_WEBHOOK_MAX })),
  })
  .meta({ id: "AlertmanagerWebhook" });
export type TAlertmanagerWebhook = z.infer<typeof ZAlertmanagerWebhook>;

export const ZAlertmanagerResult = z
  .object({
    accepted: z.number().int(),
    alerts: z.array(z.object({ dedupKey: z.string(), alertId: z.string(), status: ZAlertState })),
  })
  .meta({ id: "AlertmanagerResult" });

export const ZEventSeverity = z.enum(["critical", "major", "minor", "warning", "info"]);

/** PagerDuty Events v2's model: trigger opens or repeats, acknowledge and resolve name the dedup key. */
export const ZAlertEvent = z
  .strictObject({
    action: z.enum(["trigger", "acknowledge", "resolve"]),
    dedupKey: textInput().trim().min(1).max(255).optional().describe("Optional on trigger (one is generated and returned); required otherwise"),
    summary: textInput().trim().min(1).max(1024).optional(),
    source: textInput().trim().min(1).max(255).optional().describe("The monitored thing or the monitor; storm protection counts per source"),
    severity: ZEventSeverity.optional(),
    labels: ZLabels.optional(),
    links: z.array(z.strictObject({ href: ZUrl, text: textInput().max(200).optional() })).max(20).optional(),
    timestamp: ZInstant.optional(),
  })
  .superRefine((e, ctx) => {
    const need = e.action === "trigger" ? (["summary", "source", "severity"] as const) : (["dedupKey"] as const);
    for (const field of need) if (e[field] === undefined) ctx.addIssue({ ...customIssue("required"), path: [field] });
  })
  .meta({ id: "AlertEvent" });
export type TAlertEvent = z.infer<typeof ZAlertEvent>;

export const ZAlertEventResult = z.object({ dedupKey: z.string(), alertId: z.string(), status: ZAlertState }).meta({ id: "AlertEventResult" });
export type TAlertEventResult = z.infer<typeof ZAlertEventResult>;

export const ZAlert = z
  .object({
    id: z.string(),
    dedupKey: z.string(),
    sourceKind: z.enum(["ALERTMANAGER", "GENERIC"]),
    source: z.string(),
    fingerprint: z.string().nullable(),
    title: z.string(),
    summary: z.string(),
    severity: ZAlertSeverity,
    labels: z.record(z.string(), z.string()),
    annotations: z.record(z.string(), z.string()),
    links: z.array(z.object({ href: z.string(), text: z.string().optional() })),
    state: ZAlertState,
    suppressedBy: z.enum(["SILENCE", "MAINTENANCE"]).nullable(),
    silenceId: z.string().nullable(),
    systemId: z.string().nullable(),
    interfaceId: z.string().nullable(),
    incidentId: z.string().nullable(),
    symptomPath: z.array(z.string()).describe("System ids from the probable root cause down to this alert's system; empty when not a symptom"),
    count: z.number().int(),
    flapping: z.boolean(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime().nullable(),
    firstSeenAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    acknowledgedAt: z.iso.datetime().nullable(),
    acknowledgedById: z.string().nullable(),
    resolvedAt: z.iso.datetime().nullable(),
    assigneeId: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "Alert" });

export const ZIncident = z
  .object({
    id: z.string(),
    number: z.number().int(),
    systemId: z.string(),
    teamId: z.string().nullable(),
    title: z.string(),
    severity: ZAlertSeverity,
    state: ZIncidentState,
    openedAt: z.iso.datetime(),
    acknowledgedAt: z.iso.datetime().nullable(),
    acknowledgedById: z.string().nullable(),
    resolvedAt: z.iso.datetime().nullable(),
    assigneeId: z.string().nullable(),
    stormSuppressed: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: "Incident" });

/** acknowledge / resolve: the version read is optional (doing it twice changes nothing); given, a stale one is a 409. */
export const ZAlertAction = z.strictObject({ version: ZVersion.optional() }).meta({ id: "AlertAction" });
export const ZAssign = z.strictObject({ assigneeId: ZId.nullable(), version: ZVersion }).meta({ id: "AlertAssign" });

export const ZAlertBulk = z
  .strictObject({
    action: z.enum(["acknowledge", "resolve", "silence"]),
    ids: z.array(ZId).min(1, fieldMessage("selectAtLeastOne")).max(BULK_MAX, fieldMessage("atMostRecords", { max: BULK_MAX })),
    silence: z.strictObject({ endsAt: ZInstant, comment: multilineInput().trim().min(1, fieldMessage("required")).max(2000) }).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.action === "silence" && !b.silence) ctx.addIssue({ ...customIssue("required"), path: ["silence"] });
    if (b.silence && Date.parse(b.silence.endsAt) <= Date.now()) ctx.addIssue({ ...customIssue("inTheFuture"), path: ["silence", "endsAt"] });
  })
  .meta({ id: "AlertBulk" });
export type TAlertBulk = z.infer<typeof ZAlertBulk>;
export const ZAlertBulkResult = z.object({ changed: z.number().int(), notFound: z.array(z.string()), silenceIds: z.array(z.string()) }).meta({ id: "AlertBulkResult" });
