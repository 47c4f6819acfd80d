// Notifications: channels, escalation policies, the delivery log; everything under `notifyKeys.all`.
import { queryOptions } from "@tanstack/react-query";
import { api, toQuery } from "@/lib/api-client";
import type { TChannelList } from "@/lib/schemas/notify-channel";
import type { TEscalationPolicyList } from "@/lib/schemas/notify-escalation";
import type { TDeliveryState, TNotificationPage } from "@/lib/schemas/notify-delivery";

export type DeliveryParams = { state?: TDeliveryState; channelId?: string; incidentId?: string; page?: number };

export const notifyKeys = {
  all: ["notify"] as const,
  channels: () => [...notifyKeys.all, "channels"] as const,
  policies: () => [...notifyKeys.all, "policies"] as const,
  deliveries: (params: DeliveryParams) => [...notifyKeys.all, "deliveries", params] as const,
};

export const channelListQuery = () =>
  queryOptions({ queryKey: notifyKeys.channels(), queryFn: ({ signal }) => api<TChannelList>("/notifications/channels", { signal }) });

export const policyListQuery = () =>
  queryOptions({ queryKey: notifyKeys.policies(), queryFn: ({ signal }) => api<TEscalationPolicyList>("/notifications/escalation-policies", { signal }) });

export const deliveryListQuery = (params: DeliveryParams) =>
  queryOptions({
    queryKey: notifyKeys.deliveries(params),
    queryFn: ({ signal }) => api<TNotificationPage>(`/notifications${toQuery({ ...params, pageSize: 50 })}`, { signal }),
    // The log moves while retries run: refreshed every few seconds while the page is open.
    refetchInterval: 5_000,
  });
