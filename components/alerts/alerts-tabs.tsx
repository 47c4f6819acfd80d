"use client";
import { useI18n } from "@/lib/i18n/client";
import { AreaTabs } from "@/components/ui/area-tabs";

/** The alerts area's pages: the inbox, my alerts, incidents, reports, the delivery log, silences, maintenance, label mapping, and escalation policies (in settings). */
export function AlertsTabs() {
  const { m } = useI18n();
  const t = m.alerts.tabs;
  return (
    <AreaTabs label={m.alerts.title} tabs={[
      { href: "/alerts", label: t.inbox },
      { href: "/alerts/mine", label: t.mine },
      { href: "/alerts/incidents", label: t.incidents },
      { href: "/alerts/reports", label: t.reports },
      { href: "/alerts/deliveries", label: m.notify.deliveries.title },
      { href: "/alerts/silences", label: m.alertsAdmin.tabs.silences },
      { href: "/alerts/maintenance", label: m.alertsAdmin.tabs.maintenance },
      { href: "/alerts/mapping", label: m.alertsAdmin.tabs.mapping },
      { href: "/settings/escalation", label: m.notify.escalation.title },
    ]} />
  );
}
