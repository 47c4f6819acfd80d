"use client";
import { STANDARD_CATEGORIES, STANDARD_SEVERITIES, SUBJECT_TYPES, type TSubjectType } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { emptyCondition, fieldsFor } from "@/lib/standards/check-draft";
import { Checkbox, Field, Input } from "@/components/ui/field";
import { enumOptions } from "@/components/catalog/enum-options";
import { SelectField, TextField } from "@/components/catalog/form-fields";
import type { EntityForm } from "@/components/catalog/use-entity-form";
import type { StandardDraft } from "./standard-form-values";

type Form = { form: EntityForm<StandardDraft> };

/** Key, category, severity, what it applies to, active. */
export function ClassificationFields({ form, editing }: Form & { editing: boolean }) {
  const { m } = useI18n();
  const f = m.standards.fields;
  const t = m.standards.form;
  const { check } = form.draft;
  // A graph or contract check reads interfaces only; other record types change which fields exist.
  const onAppliesTo = (value: string) => {
    const appliesTo = value as TSubjectType;
    const fields = fieldsFor(appliesTo, check.kind);
    form.set("appliesTo", appliesTo);
    form.set("check", { ...check, conditions: check.conditions.map((c) => (fields[c.field] ? c : emptyCondition())) });
    if (appliesTo === "SYSTEM") {
      form.set("scope.styles", []);
      form.set("scope.modes", []);
    }
  };
  const interfacesOnly = check.kind === "GRAPH" || check.kind === "CONTRACT";
  return (
    <>
      {editing ? (
        <Field label={f.key} hint={t.keyFixed}>
          {(id, describedBy) => <Input id={id} value={form.draft.key} disabled aria-describedby={describedBy} />}
        </Field>
      ) : (
        <TextField form={form} name="key" label={f.key} hint={t.keyHint} required />
      )}
      <SelectField form={form} name="category" label={f.category} required placeholder={m.systems.shared.choose}
        options={enumOptions(STANDARD_CATEGORIES, m.enums.StandardCategory)} />
      <SelectField form={form} name="severity" label={f.severity} required options={enumOptions(STANDARD_SEVERITIES, m.enums.StandardSeverity)} />
      <SelectField form={form} name="appliesTo" label={f.appliesTo} required onValue={onAppliesTo}
        hint={interfacesOnly ? t.interfacesOnly : undefined}
        options={enumOptions(interfacesOnly ? (["INTERFACE"] as const) : SUBJECT_TYPES, m.enums.SubjectType)} />
      <div className="self-end pb-1">
        <Checkbox label={t.activeLabel} checked={form.draft.active} onChange={(e) => form.set("active", e.target.checked)} />
      </div>
    </>
  );
}

/** Name, description and rationale in one language; labels name the language, so both sections stay distinct. */
export function TextFields({ form, locale }: Form & { locale: "en" | "zh-CN" }) {
  const { m } = useI18n();
  const f = m.standards.fields;
  const t = m.standards.form;
  const language = locale === "en" ? t.languages.en : t.languages.zh;
  const label = (field: string) => fmt(t.inLanguage, { field, language });
  return (
    <>
      <TextField form={form} name={`text.${locale}.name`} label={label(f.name)} required wide />
      <TextField form={form} name={`text.${locale}.description`} label={label(f.description)} multiline wide />
      <TextField form={form} name={`text.${locale}.rationale`} label={label(f.rationale)} multiline wide />
    </>
  );
}

export function ExampleFields({ form }: Form) {
  const { m } = useI18n();
  const f = m.standards.fields;
  return (
    <>
      <TextField form={form} name="goodExample" label={f.goodExample} hint={m.standards.form.goodHint} multiline />
      <TextField form={form} name="badExample" label={f.badExample} hint={m.standards.form.badHint} multiline />
    </>
  );
}
