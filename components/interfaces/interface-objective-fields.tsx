"use client";
import { useI18n } from "@/lib/i18n/client";
import { TextField } from "@/components/catalog/form-fields";
import { FormSection } from "@/components/catalog/form-shell";
import type { EntityForm } from "@/components/catalog/use-entity-form";
import type { InterfaceDraft } from "./interface-form-values";

/** The objectives the monthly SLA report measures: availability, latency p95, and freshness for jobs. */
export function InterfaceObjectiveFields({ form }: { form: EntityForm<InterfaceDraft> }) {
  const { m } = useI18n();
  const o = m.interfaces.objectives;
  return (
    <FormSection title={o.title}>
      <TextField form={form} name="sloAvailabilityPct" label={o.availability} hint={o.availabilityHint} type="number" />
      <TextField form={form} name="sloLatencyP95Ms" label={o.latency} hint={o.latencyHint} type="number" />
      <TextField form={form} name="sloFreshnessMinutes" label={o.freshness} hint={o.freshnessHint} type="number" />
    </FormSection>
  );
}
