"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { notifyKeys } from "@/lib/queries/notify";
import type { TChannel } from "@/lib/schemas/notify-channel";
import type { TEscalationPolicy } from "@/lib/schemas/notify-escalation";
import type { TNotification } from "@/lib/schemas/notify-delivery";

function useInvalidate() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: notifyKeys.all });
}

/** Create (no id) or update (id + version in the body) a channel. */
export function useSaveChannel() {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Record<string, unknown> }) =>
      api<TChannel>(id ? `/notifications/channels/${id}` : "/notifications/channels", { method: id ? "PATCH" : "POST", body }),
    onSuccess,
  });
}

export function useDeleteChannel() {
  const onSuccess = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<void>(`/notifications/channels/${id}`, { method: "DELETE" }), onSuccess });
}

export function useTestChannel() {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api<{ notificationId: string }>(`/notifications/channels/${id}/test`, { method: "POST" }),
    onSuccess,
  });
}

export function useSavePolicy() {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Record<string, unknown> }) =>
      api<TEscalationPolicy>(id ? `/notifications/escalation-policies/${id}` : "/notifications/escalation-policies", { method: id ? "PATCH" : "POST", body }),
    onSuccess,
  });
}

export function useDeletePolicy() {
  const onSuccess = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<void>(`/notifications/escalation-policies/${id}`, { method: "DELETE" }), onSuccess });
}

export function useRetryNotification() {
  const onSuccess = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api<TNotification>(`/notifications/${id}/retry`, { method: "POST" }), onSuccess });
}
