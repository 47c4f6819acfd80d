// Notification channels (/settings/channels): where alerts are sent. The signing secret is
// write-only: sent on create or update, stored encrypted, never returned (only `hasSecret`).
import { z } from "zod";
import { ZId, ZName, ZRef, ZUrl, ZVersion } from "./common";
import { ZEmail } from "./user";
import { textInput } from "./text";
import { customIssue } from "./field-message";

export const CHANNEL_KINDS = ["WEBHOOK", "SLACK", "FEISHU", "DINGTALK", "WECOM", "EMAIL"] as const;
export const ZChannelKind = z.enum(CHANNEL_KINDS);
export type TChannelKind = z.infer<typeof ZChannelKind>;

/** The kinds that sign with the channel's secret (WECOM carries its key in the URL; Slack none). */
export const SIGNING_KINDS: readonly TChannelKind[] = ["WEBHOOK", "FEISHU", "DINGTALK"];

export const ZUrlConfig = z.strictObject({ url: ZUrl.describe("The webhook or robot URL (http or https)") });
export const ZEmailConfig = z.strictObject({
  to: z.array(ZEmail).min(1).max(20).describe("Recipients; the SMTP server comes from SMTP_URL"),
});
export const ZChannelConfig = z.union([ZUrlConfig, ZEmailConfig]);
export type TChannelConfig = z.infer<typeof ZChannelConfig>;

/** The config a kind takes: a URL, or for EMAIL a list of recipients. */
export const configSchemaFor = (kind: TChannelKind) => (kind === "EMAIL" ? ZEmailConfig : ZUrlConfig);

const ZSecret = textInput().min(8).max(500).describe("Signing secret (write-only); null clears it");
const ZTeamIds = z.array(ZId).max(200).describe("Teams whose alerts go to this channel");

export const ZChannelCreate = z
  .strictObject({
    name: ZName.max(100),
    kind: ZChannelKind,
    config: ZChannelConfig,
    secret: ZSecret.nullable().optional(),
    enabled: z.boolean().default(true),
    teamIds: ZTeamIds.default([]),
  })
  .superRefine((v, ctx) => {
    if (!configSchemaFor(v.kind).safeParse(v.config).success) {
      ctx.addIssue({ ...customIssue("configForKind", { kind: v.kind }), path: ["config"] });
    }
  })
  .meta({ id: "ChannelCreate" });
export type TChannelCreate = z.input<typeof ZChannelCreate>;

export const ZChannelUpdate = z
  .strictObject({
    version: ZVersion,
    name: ZName.max(100).optional(),
    config: ZChannelConfig.optional(),
    secret: ZSecret.nullable().optional(),
    enabled: z.boolean().optional(),
    teamIds: ZTeamIds.optional(),
  })
  .meta({ id: "ChannelUpdate" });
export type TChannelUpdate = z.input<typeof ZChannelUpdate>;

export const ZChannel = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: ZChannelKind,
    config: ZChannelConfig,
    hasSecret: z.boolean(),
    enabled: z.boolean(),
    teams: z.array(ZRef),
    createdAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: "Channel" });
export type TChannel = z.infer<typeof ZChannel>;

export const ZChannelList = z.object({ items: z.array(ZChannel) }).meta({ id: "ChannelList" });
export type TChannelList = z.infer<typeof ZChannelList>;

export const ZChannelTestResult = z
  .object({ notificationId: z.string().describe("Follow it in GET /api/v1/notifications") })
  .meta({ id: "ChannelTestResult" });
