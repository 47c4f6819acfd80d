"use client";
import { useI18n } from "@/lib/i18n/client";
import { AreaTabs } from "@/components/ui/area-tabs";

/** The health area's pages side by side: the overview, the SLA report, jobs and messaging. */
export function HealthTabs() {
  const { m } = useI18n();
  return (
    <AreaTabs label={m.health.title} tabs={[
      { href: "/health", label: m.health.title },
      { href: "/health/sla", label: m.sla.title },
      { href: "/health/jobs", label: m.jobs.title },
      { href: "/health/messaging", label: m.messaging.title },
    ]} />
  );
}
