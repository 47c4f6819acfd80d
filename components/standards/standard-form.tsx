"use client";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TStandard } from "@/lib/schemas/standard";
import { useI18n } from "@/lib/i18n/client";
import { invalidateStandards } from "@/lib/queries/invalidate";
import { FormSection, FormShell } from "@/components/catalog/form-shell";
import { useEntityForm } from "@/components/catalog/use-entity-form";
import { CheckEditor } from "./check-editor";
import { ClassificationFields, ExampleFields, TextFields } from "./standard-form-fields";
import { ScopeFields } from "./scope-fields";
import { standardRequest, toStandardDraft, type StandardDraft } from "./standard-form-values";

type Props = {
  /** The standard as read, when editing; absent when creating. */
  standard?: TStandard;
  /** Reloads the standard after a stale-version conflict (409). */
  onReload?: () => void;
};

/** Create or edit a standard (admins); after saving, its page. */
export function StandardForm({ standard, onReload }: Props) {
  const { m, schemaErrors } = useI18n();
  const t = m.standards.form;
  const router = useRouter();
  const qc = useQueryClient();
  const form = useEntityForm<StandardDraft, TStandard>({
    initial: toStandardDraft(standard),
    validate: (draft) => standardRequest(draft, m, schemaErrors, standard),
    send: (body) => standard
      ? api<TStandard>(`/standards/${standard.id}`, { method: "PATCH", body })
      : api<TStandard>("/standards", { method: "POST", body }),
    onSaved: (saved) => {
      invalidateStandards(qc);
      router.push(`/standards/${saved.id}`);
    },
    onUnchanged: () => router.push(standard ? `/standards/${standard.id}` : "/standards"),
  });
  return (
    <FormShell form={form} cancelHref={standard ? `/standards/${standard.id}` : "/standards"} onReload={onReload}>
      <FormSection title={t.identity}>
        <ClassificationFields form={form} editing={!!standard} />
      </FormSection>
      <FormSection title={t.textEn}>
        <TextFields form={form} locale="en" />
      </FormSection>
      <FormSection title={t.textZh}>
        <TextFields form={form} locale="zh-CN" />
      </FormSection>
      <FormSection title={t.check}>
        <CheckEditor form={form} />
      </FormSection>
      <FormSection title={t.scope}>
        <ScopeFields form={form} />
      </FormSection>
      <FormSection title={t.examples}>
        <ExampleFields form={form} />
      </FormSection>
    </FormShell>
  );
}
