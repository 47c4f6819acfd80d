"use client";
import type { TAlertRow } from "@/lib/schemas/alert-views";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { useAlertActions } from "./use-alert-actions";

/** Acknowledge a firing alert in one click; resolving by hand is in the bulk bar (it asks first). */
export function AlertRowActions({ alert }: { alert: TAlertRow }) {
  const { m } = useI18n();
  const { one } = useAlertActions();
  if (alert.state !== "FIRING") return null;
  const busy = one.isPending;
  return (
    <Button variant="secondary" disabled={busy} aria-label={`${m.alerts.actions.acknowledge}: ${alert.title}`}
      onClick={() => one.mutate({ id: alert.id, action: "acknowledge" })}>
      {m.alerts.actions.acknowledge}
    </Button>
  );
}
