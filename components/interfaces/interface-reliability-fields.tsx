"use client";
import { DELIVERY_GUARANTEES } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { enumOptions } from "@/components/catalog/enum-options";
import { SelectField, TextField } from "@/components/catalog/form-fields";
import { FormSection } from "@/components/catalog/form-shell";
import { triStateOptions } from "@/components/catalog/tri-state";
import type { EntityForm } from "@/components/catalog/use-entity-form";
import type { InterfaceDraft } from "./interface-form-values";

/**
 * What the integration standards ask of an interface: delivery guarantee, idempotency, retries,
 * dead-letter queue, TLS. Every field starts "not recorded" and can be put back to it.
 */
export function InterfaceReliabilityFields({ form }: { form: EntityForm<InterfaceDraft> }) {
  const { m } = useI18n();
  const f = m.interfaces.fields;
  const h = m.interfaces.hints;
  const { notRecorded } = m.systems.shared;
  const yesNo = triStateOptions(m.systems.shared);
  return (
    <FormSection title={m.interfaces.form.reliability}>
      <SelectField form={form} name="deliveryGuarantee" label={f.deliveryGuarantee} hint={h.deliveryGuarantee}
        placeholder={notRecorded} options={enumOptions(DELIVERY_GUARANTEES, m.enums.DeliveryGuarantee)} />
      <SelectField form={form} name="idempotent" label={f.idempotent} hint={h.idempotent} placeholder={notRecorded} options={yesNo} />
      <TextField form={form} name="retryPolicy" label={f.retryPolicy} hint={h.retryPolicy} />
      <TextField form={form} name="deadLetterQueue" label={f.deadLetterQueue} hint={h.deadLetterQueue} />
      <SelectField form={form} name="tlsInTransit" label={f.tlsInTransit} hint={h.tlsInTransit} placeholder={notRecorded} options={yesNo} />
    </FormSection>
  );
}
