"use client";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { SUBJECT_TYPES, type TSubjectType } from "@/lib/schemas/enums";
import type { TInitiative } from "@/lib/schemas/initiative";
import { useI18n } from "@/lib/i18n/client";
import { invalidateInitiatives } from "@/lib/queries/invalidate";
import { enumOptions } from "@/components/catalog/enum-options";
import { FormSection, FormShell } from "@/components/catalog/form-shell";
import { SelectField, TextField } from "@/components/catalog/form-fields";
import { useEntityForm } from "@/components/catalog/use-entity-form";
import { ScopeFields } from "@/components/standards/scope-fields";
import { initiativeRequest, toInitiativeDraft, type InitiativeDraft } from "./initiative-form-values";

const TARGETS = ["BRONZE", "SILVER", "GOLD"] as const;

type Props = {
  /** The initiative as read, when editing; absent when creating. */
  initiative?: TInitiative;
  /** Reloads the initiative after a stale-version conflict (409). */
  onReload?: () => void;
};

/** Create or edit an initiative (admins); after saving, its page. */
export function InitiativeForm({ initiative, onReload }: Props) {
  const { m, schemaErrors } = useI18n();
  const t = m.initiatives.form;
  const router = useRouter();
  const qc = useQueryClient();
  const back = initiative ? `/initiatives/${initiative.id}` : "/initiatives";
  const form = useEntityForm<InitiativeDraft, TInitiative>({
    initial: toInitiativeDraft(initiative),
    validate: (draft) => initiativeRequest(draft, { schemaErrors }, initiative),
    send: (body) => initiative
      ? api<TInitiative>(`/initiatives/${initiative.id}`, { method: "PATCH", body })
      : api<TInitiative>("/initiatives", { method: "POST", body }),
    onSaved: (saved) => {
      invalidateInitiatives(qc);
      router.push(`/initiatives/${saved.id}`);
    },
    onUnchanged: () => router.push(back),
  });
  // Styles and modes describe interfaces only: a scope over systems drops them.
  const onAppliesTo = (value: string) => {
    form.set("appliesTo", value as TSubjectType);
    if (value === "SYSTEM") {
      form.set("scope.styles", []);
      form.set("scope.modes", []);
    }
  };
  return (
    <FormShell form={form} cancelHref={back} onReload={onReload}>
      <FormSection title={t.goal}>
        <TextField form={form} name="name" label={t.name} hint={t.nameHint} required wide />
        <TextField form={form} name="description" label={t.description} multiline wide />
        <SelectField form={form} name="appliesTo" label={t.appliesTo} required onValue={onAppliesTo}
          options={enumOptions(SUBJECT_TYPES, m.enums.SubjectType)} />
        <SelectField form={form} name="targetLevel" label={t.targetLevel} hint={t.targetHint} required
          options={enumOptions(TARGETS, m.enums.ComplianceLevel)} />
        <TextField form={form} name="deadline" label={t.deadline} hint={t.deadlineHint} type="date" required />
      </FormSection>
      <FormSection title={t.scope}>
        <ScopeFields form={form} />
      </FormSection>
    </FormShell>
  );
}
