import type { z } from "zod";
import { ZInterfaceCreate, ZInterfaceUpdate, type TInterface } from "@/lib/schemas/interface";
import type { ZAuthMethod, ZContractFormat, ZDeliveryGuarantee, ZInterfaceMode, ZInterfaceStyle } from "@/lib/schemas/enums";
import type { Messages } from "@/lib/i18n/messages";
import type { I18n } from "@/lib/i18n/client";
import { buildRequest, splitList } from "@/components/catalog/build-request";
import type { TLifecycle } from "@/components/catalog/enum-options";
import type { FieldErrors } from "@/components/catalog/form-errors";
import { fromTriState, toTriState, type TriState } from "@/components/catalog/tri-state";
import type { TRef, TUserRef } from "@/components/catalog/types";

/** What the interface form edits; references keep the API's field names so server errors land on them. */
export type InterfaceDraft = {
  key: string; name: string; description: string;
  style: z.infer<typeof ZInterfaceStyle> | ""; mode: z.infer<typeof ZInterfaceMode> | "";
  providerSystemId: TRef | null; consumerSystemId: TRef | null; viaSystemId: TRef | null;
  endpoint: string; dataObjects: string;
  authMethod: z.infer<typeof ZAuthMethod>; contractFormat: z.infer<typeof ZContractFormat>; contractUrl: string;
  // "" is "not recorded" (null in the API), which the standards tell apart from "no".
  deliveryGuarantee: z.infer<typeof ZDeliveryGuarantee> | ""; idempotent: TriState;
  retryPolicy: string; deadLetterQueue: string; tlsInTransit: TriState;
  // Numbers as typed; "" is "no objective".
  sloAvailabilityPct: string; sloLatencyP95Ms: string; sloFreshnessMinutes: string;
  tier: string; lifecycle: TLifecycle;
  teamId: TRef | null; technicalOwnerId: TUserRef | null;
};

export function toInterfaceDraft(i?: TInterface, prefill: { provider?: TRef; consumer?: TRef } = {}): InterfaceDraft {
  return {
    key: i?.key ?? "", name: i?.name ?? "", description: i?.description ?? "",
    style: i?.style ?? "", mode: i?.mode ?? "",
    providerSystemId: i?.provider ?? prefill.provider ?? null,
    consumerSystemId: i?.consumer ?? prefill.consumer ?? null,
    viaSystemId: i?.via ?? null,
    endpoint: i?.endpoint ?? "", dataObjects: i?.dataObjects.join(", ") ?? "",
    authMethod: i?.authMethod ?? "NONE", contractFormat: i?.contractFormat ?? "NONE", contractUrl: i?.contractUrl ?? "",
    deliveryGuarantee: i?.deliveryGuarantee ?? "", idempotent: toTriState(i?.idempotent),
    retryPolicy: i?.retryPolicy ?? "", deadLetterQueue: i?.deadLetterQueue ?? "", tlsInTransit: toTriState(i?.tlsInTransit),
    sloAvailabilityPct: numberText(i?.sloAvailabilityPct), sloLatencyP95Ms: numberText(i?.sloLatencyP95Ms),
    sloFreshnessMinutes: numberText(i?.sloFreshnessMinutes),
    tier: String(i?.tier ?? 2), lifecycle: i?.lifecycle ?? "ACTIVE",
    teamId: i?.team ?? null, technicalOwnerId: i?.technicalOwner ?? null,
  };
}

const numberText = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));
/** "" is null; anything else goes to the schema as a number (NaN is reported there as not a number). */
const textNumber = (text: string) => (text.trim() === "" ? null : Number(text.trim()));

function toPayload(d: InterfaceDraft) {
  return {
    key: d.key.trim(), name: d.name, description: d.description, style: d.style, mode: d.mode,
    // "" fails the schema's min(1) and is reported as required.
    providerSystemId: d.providerSystemId?.id ?? "", consumerSystemId: d.consumerSystemId?.id ?? "",
    viaSystemId: d.viaSystemId?.id ?? null,
    endpoint: d.endpoint.trim() || null, dataObjects: splitList(d.dataObjects),
    authMethod: d.authMethod, contractFormat: d.contractFormat, contractUrl: d.contractUrl.trim() || null,
    deliveryGuarantee: d.deliveryGuarantee || null, idempotent: fromTriState(d.idempotent),
    retryPolicy: d.retryPolicy.trim() || null, deadLetterQueue: d.deadLetterQueue.trim() || null, tlsInTransit: fromTriState(d.tlsInTransit),
    sloAvailabilityPct: textNumber(d.sloAvailabilityPct), sloLatencyP95Ms: textNumber(d.sloLatencyP95Ms),
    sloFreshnessMinutes: textNumber(d.sloFreshnessMinutes),
    tier: Number(d.tier), lifecycle: d.lifecycle,
    teamId: d.teamId?.id ?? null, technicalOwnerId: d.technicalOwnerId?.id ?? null,
  };
}

/** The rules the API checks on the merged record: two different ends, and a broker that is neither. */
function flowErrors(p: ReturnType<typeof toPayload>, m: Messages): FieldErrors {
  const errors: FieldErrors = {};
  if (p.providerSystemId && p.providerSystemId === p.consumerSystemId) errors.consumerSystemId = m.interfaces.form.sameSystem;
  if (p.viaSystemId && (p.viaSystemId === p.providerSystemId || p.viaSystemId === p.consumerSystemId)) {
    errors.viaSystemId = m.interfaces.form.viaDiffers;
  }
  return errors;
}

export function interfaceRequest(draft: InterfaceDraft, { m, schemaErrors }: Pick<I18n, "m" | "schemaErrors">, original?: TInterface) {
  return buildRequest({
    payload: toPayload(draft),
    original: original && { payload: toPayload(toInterfaceDraft(original)), version: original.version },
    create: ZInterfaceCreate,
    update: ZInterfaceUpdate,
    schemaErrors,
    extra: (p) => flowErrors(p, m),
  });
}

const ASYNC_STYLES = new Set(["MESSAGE_QUEUE", "EVENT_STREAM", "ETL_BATCH", "WEBHOOK", "FILE_TRANSFER"]);
/** The usual mode for a style, proposed when the mode is still empty. */
export const suggestedMode = (style: string) => (ASYNC_STYLES.has(style) ? "ASYNC" : "SYNC") as "SYNC" | "ASYNC";
