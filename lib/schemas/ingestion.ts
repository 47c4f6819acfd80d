// The admins' ingestion credentials (/settings/ingestion): machine tokens that can do one thing
// (INGEST: send health signals and events; SCRAPE: read /metrics), and webhook sources that sign
// their bodies. Each secret is returned once, at creation.
import { z } from "zod";
import { ZName } from "./common";
import { fieldMessage } from "./field-message";
import { textInput } from "./text";

export const MACHINE_SCOPES = ["INGEST", "SCRAPE"] as const;
export const ZMachineScope = z.enum(MACHINE_SCOPES);
export type TMachineScope = z.infer<typeof ZMachineScope>;

const ZCreator = z.object({ id: z.string(), name: z.string(), active: z.boolean() });

export const ZMachineTokenCreate = z
  .strictObject({ name: ZName.max(100).describe("What sends with it, e.g. prometheus-bridge"), scope: ZMachineScope })
  .meta({ id: "MachineTokenCreate" });
export type TMachineTokenCreate = z.input<typeof ZMachineTokenCreate>;

export const ZMachineToken = z
  .object({
    id: z.string(),
    name: z.string(),
    scope: ZMachineScope,
    prefix: z.string(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    createdBy: ZCreator.describe("It keeps working when this admin is deactivated; revoke it to stop it"),
  })
  .meta({ id: "MachineToken" });
export type TMachineToken = z.infer<typeof ZMachineToken>;

export const ZMachineTokenList = z.object({ items: z.array(ZMachineToken) }).meta({ id: "MachineTokenList" });
export const ZMachineTokenCreated = z
  .object({ token: ZMachineToken, secret: z.string().describe("Send as `Authorization: Bearer <secret>`. Shown once.") })
  .meta({ id: "MachineTokenCreated" });
export type TMachineTokenCreated = z.infer<typeof ZMachineTokenCreated>;

/** Sent in the X-Junction-Source header: letters, digits, dot, underscore, hyphen. */
export const SOURCE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export const ZHealthSourceCreate = z
  .strictObject({ name: textInput().regex(SOURCE_NAME, fieldMessage("sourceName")).describe("e.g. airflow-prod") })
  .meta({ id: "HealthSourceCreate" });
export type THealthSourceCreate = z.input<typeof ZHealthSourceCreate>;

export const ZHealthSource = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    createdBy: ZCreator,
  })
  .meta({ id: "HealthSource" });
export type THealthSource = z.infer<typeof ZHealthSource>;

export const ZHealthSourceList = z.object({ items: z.array(ZHealthSource) }).meta({ id: "HealthSourceList" });
export const ZHealthSourceCreated = z
  .object({ source: ZHealthSource, secret: z.string().describe("The HMAC-SHA256 key for X-Junction-Signature. Shown once.") })
  .meta({ id: "HealthSourceCreated" });
export type THealthSourceCreated = z.infer<typeof ZHealthSourceCreated>;
