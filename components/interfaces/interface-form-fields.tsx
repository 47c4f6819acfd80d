"use client";
import { useState } from "react";
import { AUTH_METHODS, CONTRACT_FORMATS, INTERFACE_MODES, INTERFACE_STYLES, LIFECYCLES } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { Checkbox } from "@/components/ui/field";
import { SystemPicker } from "@/components/pickers/system-picker";
import { TeamPicker } from "@/components/pickers/team-picker";
import { UserPicker } from "@/components/pickers/user-picker";
import { enumOptions, tierOptions } from "@/components/catalog/enum-options";
import { CustomField, SelectField, TextField } from "@/components/catalog/form-fields";
import { FormSection } from "@/components/catalog/form-shell";
import type { EntityForm } from "@/components/catalog/use-entity-form";
import { suggestedMode, type InterfaceDraft } from "./interface-form-values";
import { InterfaceObjectiveFields } from "./interface-objective-fields";
import { InterfaceReliabilityFields } from "./interface-reliability-fields";

const BROKER_KINDS = ["MESSAGE_BROKER", "GATEWAY"] as const;

export function InterfaceFormFields({ form }: { form: EntityForm<InterfaceDraft> }) {
  const { m } = useI18n();
  const f = { ...m.common.fields, ...m.interfaces.fields };
  const h = m.interfaces.hints;
  const { draft, set } = form;
  // The broker search starts narrowed to brokers and gateways; any system stays allowed.
  const [brokersOnly, setBrokersOnly] = useState(true);
  const onStyle = (value: string) => {
    const style = value as InterfaceDraft["style"];
    set("style", style);
    if (style && !draft.mode) set("mode", suggestedMode(style));
  };
  return (
    <>
      <FormSection title={m.interfaces.form.identity}>
        <TextField form={form} name="name" label={f.name} required />
        <TextField form={form} name="key" label={f.key} hint={h.key} required />
        <TextField form={form} name="description" label={f.description} multiline wide />
      </FormSection>
      <FormSection title={m.interfaces.form.flow}>
        <CustomField form={form} name="providerSystemId" label={f.provider} hint={h.provider} required>
          {(id, describedBy, invalid) => <SystemPicker id={id} describedBy={describedBy} invalid={invalid} label={f.provider}
            value={draft.providerSystemId} onChange={(v) => set("providerSystemId", v)} />}
        </CustomField>
        <CustomField form={form} name="consumerSystemId" label={f.consumer} hint={h.consumer} required>
          {(id, describedBy, invalid) => <SystemPicker id={id} describedBy={describedBy} invalid={invalid} label={f.consumer}
            value={draft.consumerSystemId} onChange={(v) => set("consumerSystemId", v)} />}
        </CustomField>
        <CustomField form={form} name="viaSystemId" label={f.via} hint={h.via}>
          {(id, describedBy, invalid) => <SystemPicker id={id} describedBy={describedBy} invalid={invalid} label={f.via}
            kinds={brokersOnly ? BROKER_KINDS : []} value={draft.viaSystemId} onChange={(v) => set("viaSystemId", v)} />}
        </CustomField>
        <div className="self-end pb-2">
          <Checkbox label={m.interfaces.form.brokersOnly} checked={brokersOnly} onChange={(e) => setBrokersOnly(e.target.checked)} />
        </div>
      </FormSection>
      <FormSection title={m.interfaces.form.protocol}>
        <SelectField form={form} name="style" label={f.style} required placeholder={m.systems.shared.choose}
          options={enumOptions(INTERFACE_STYLES, m.enums.InterfaceStyle)} onValue={onStyle} />
        <SelectField form={form} name="mode" label={f.mode} required placeholder={m.systems.shared.choose} options={enumOptions(INTERFACE_MODES, m.enums.InterfaceMode)} />
        <TextField form={form} name="endpoint" label={f.endpoint} hint={h.endpoint} />
        <TextField form={form} name="dataObjects" label={f.dataObjects} hint={h.dataObjects} />
        <SelectField form={form} name="authMethod" label={f.authMethod} options={enumOptions(AUTH_METHODS, m.enums.AuthMethod)} />
        <SelectField form={form} name="contractFormat" label={f.contractFormat} options={enumOptions(CONTRACT_FORMATS, m.enums.ContractFormat)} />
        <TextField form={form} name="contractUrl" label={f.contractUrl} hint={h.contractUrl} type="url" wide />
      </FormSection>
      <InterfaceReliabilityFields form={form} />
      <InterfaceObjectiveFields form={form} />
      <FormSection title={m.interfaces.form.criticality}>
        <SelectField form={form} name="tier" label={f.tier} options={tierOptions(m.enums.Tier)} />
        <SelectField form={form} name="lifecycle" label={f.lifecycle} options={enumOptions(LIFECYCLES, m.enums.Lifecycle)} />
      </FormSection>
      <FormSection title={m.interfaces.form.ownership}>
        <CustomField form={form} name="teamId" label={f.team}>
          {(id, describedBy, invalid) => <TeamPicker id={id} describedBy={describedBy} invalid={invalid} label={f.team}
            value={draft.teamId} onChange={(v) => set("teamId", v)} />}
        </CustomField>
        <CustomField form={form} name="technicalOwnerId" label={f.technicalOwner}>
          {(id, describedBy, invalid) => <UserPicker id={id} describedBy={describedBy} invalid={invalid} label={f.technicalOwner}
            value={draft.technicalOwnerId} onChange={(v) => set("technicalOwnerId", v)} />}
        </CustomField>
      </FormSection>
    </>
  );
}
