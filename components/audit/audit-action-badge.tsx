"use client";
import { useI18n } from "@/lib/i18n/client";
import { Badge } from "@/components/ui/feedback";
import type { TAuditEntry } from "@/lib/schemas/audit";

const TONES = {
  CREATE: "emerald",
  IMPORT: "emerald",
  UPDATE: "indigo",
  DELETE: "red",
  DEACTIVATE: "amber",
  REACTIVATE: "emerald",
  CONFIRM: "slate",
  SIGN_IN_SUCCEEDED: "slate",
  SIGN_IN_FAILED: "amber",
  SIGN_IN_LOCKED_OUT: "red",
  APPROVE: "emerald",
  DENY: "amber",
  REVOKE: "red",
  ACKNOWLEDGE: "indigo",
  RESOLVE: "emerald",
} as const;

export function AuditActionBadge({ action }: { action: TAuditEntry["action"] }) {
  const { m } = useI18n();
  return <Badge tone={TONES[action]}>{m.enums.AuditAction[action]}</Badge>;
}
