"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { invalidateAlerts } from "@/lib/queries/invalidate";

export type AlertAction = "acknowledge" | "resolve";
export type SilenceChoice = { endsAt: string; comment: string };
export type BulkRequest = { action: AlertAction | "silence"; ids: string[]; silence?: SilenceChoice };

/**
 * The actions people take on alerts and incidents, over the API (the server checks the role).
 * Every one refreshes every alert view: an acknowledgement changes the alert, its incident and
 * the counts per state at once.
 */
export function useAlertActions() {
  const qc = useQueryClient();
  const done = () => invalidateAlerts(qc);
  const one = useMutation({
    mutationFn: ({ id, action }: { id: string; action: AlertAction }) => api(`/alerts/${encodeURIComponent(id)}/${action}`, { method: "POST", body: {} }),
    onSettled: done,
  });
  const bulk = useMutation({
    mutationFn: (request: BulkRequest) => api<{ changed: number; silenceIds: string[] }>("/alerts/bulk", { method: "POST", body: request }),
    onSettled: done,
  });
  const incident = useMutation({
    mutationFn: ({ id, action }: { id: string; action: AlertAction }) => api(`/incidents/${encodeURIComponent(id)}/${action}`, { method: "POST", body: {} }),
    onSettled: done,
  });
  return { one, bulk, incident };
}
