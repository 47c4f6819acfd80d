"use client";
import { LAYERS, LIFECYCLES, SYSTEM_KINDS } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { Checkbox } from "@/components/ui/field";
import { TeamPicker } from "@/components/pickers/team-picker";
import { UserPicker } from "@/components/pickers/user-picker";
import { enumOptions, tierOptions } from "@/components/catalog/enum-options";
import { CustomField, SelectField, TextField } from "@/components/catalog/form-fields";
import { FormSection } from "@/components/catalog/form-shell";
import type { EntityForm } from "@/components/catalog/use-entity-form";
import type { SystemDraft } from "./system-form-values";

export function SystemFormFields({ form }: { form: EntityForm<SystemDraft> }) {
  const { m } = useI18n();
  const f = { ...m.common.fields, ...m.systems.fields };
  const h = m.systems.hints;
  const { draft, set } = form;
  return (
    <>
      <FormSection title={m.systems.form.identity}>
        <TextField form={form} name="name" label={f.name} required />
        <TextField form={form} name="key" label={f.key} hint={h.key} required />
        <TextField form={form} name="description" label={f.description} multiline wide />
      </FormSection>
      <FormSection title={m.systems.form.classification}>
        <SelectField form={form} name="kind" label={f.kind} required placeholder={m.systems.shared.choose} options={enumOptions(SYSTEM_KINDS, m.enums.SystemKind)} />
        <SelectField form={form} name="layer" label={f.layer} required placeholder={m.systems.shared.choose} options={enumOptions(LAYERS, m.enums.Layer)} />
        <SelectField form={form} name="tier" label={f.tier} options={tierOptions(m.enums.Tier)} />
        <SelectField form={form} name="lifecycle" label={f.lifecycle} options={enumOptions(LIFECYCLES, m.enums.Lifecycle)} />
        <TextField form={form} name="vendor" label={f.vendor} hint={h.vendor} />
        <TextField form={form} name="tags" label={f.tags} hint={h.tags} />
        <div className="@2xl:col-span-2">
          <Checkbox label={f.thirdPartyLabel} checked={draft.isThirdParty} onChange={(e) => set("isThirdParty", e.target.checked)} />
        </div>
      </FormSection>
      <FormSection title={m.systems.form.ownership}>
        <CustomField form={form} name="teamId" label={f.team}>
          {(id, describedBy, invalid) => (
            <TeamPicker id={id} describedBy={describedBy} invalid={invalid} label={f.team} value={draft.teamId} onChange={(v) => set("teamId", v)} />
          )}
        </CustomField>
        <CustomField form={form} name="technicalOwnerId" label={f.technicalOwner}>
          {(id, describedBy, invalid) => (
            <UserPicker id={id} describedBy={describedBy} invalid={invalid} label={f.technicalOwner} value={draft.technicalOwnerId} onChange={(v) => set("technicalOwnerId", v)} />
          )}
        </CustomField>
        <CustomField form={form} name="businessOwnerId" label={f.businessOwner}>
          {(id, describedBy, invalid) => (
            <UserPicker id={id} describedBy={describedBy} invalid={invalid} label={f.businessOwner} value={draft.businessOwnerId} onChange={(v) => set("businessOwnerId", v)} />
          )}
        </CustomField>
      </FormSection>
      <FormSection title={m.systems.form.links}>
        <TextField form={form} name="docsUrl" label={f.docsUrl} type="url" />
        <TextField form={form} name="repoUrl" label={f.repoUrl} type="url" />
        <TextField form={form} name="runbookUrl" label={f.runbookUrl} type="url" />
        <TextField form={form} name="monitoringUrl" label={f.monitoringUrl} hint={h.monitoringUrl} type="url" />
      </FormSection>
    </>
  );
}
