"use client";
import { useMemo } from "react";
import { useI18n } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { ValueLabels } from "@/lib/audit-diff";

/** Which enum dictionary labels the values of a snapshot field. */
const ENUM_OF_FIELD = {
  kind: "SystemKind",
  layer: "Layer",
  lifecycle: "Lifecycle",
  tier: "Tier",
  style: "InterfaceStyle",
  mode: "InterfaceMode",
  authMethod: "AuthMethod",
  contractFormat: "ContractFormat",
  deliveryGuarantee: "DeliveryGuarantee",
  role: "Role",
  "members.role": "TeamRole",
} as const;

/** The i18n side of lib/audit-diff: yes/no, enum labels, language names and dates in the reader's locale. */
export function useValueLabels(): ValueLabels {
  const { m, locale } = useI18n();
  return useMemo(() => {
    const enums = m.enums as unknown as Record<string, Record<string, string>>;
    const locales = m.audit.locales as Record<string, string>;
    return {
      yes: m.audit.yes,
      no: m.audit.no,
      inactive: m.audit.inactive,
      enumLabel: (field, value) => {
        if (field === "locale") return locales[String(value)];
        if (field === "reason") return m.audit.security.reasons[String(value)];
        const dictionary = ENUM_OF_FIELD[field as keyof typeof ENUM_OF_FIELD];
        return dictionary ? enums[dictionary]?.[String(value)] : undefined;
      },
      date: (iso) => formatDateTime(iso, locale),
    };
  }, [m, locale]);
}

/** The label of a snapshot field, falling back to its raw name for fields the dictionary lacks. */
export function useFieldLabel() {
  const { m } = useI18n();
  return (field: string) => (m.audit.fields as Record<string, string>)[field] ?? field;
}
