"use client";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "@/lib/api-client";
import type { TStandardRef } from "@/lib/schemas/compliance";
import { ZUrl } from "@/lib/schemas/common";
import type { TSubjectType } from "@/lib/schemas/enums";
import type { TAttestation } from "@/lib/schemas/waiver";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt } from "@/lib/i18n/format";
import { invalidateStandards } from "@/lib/queries/invalidate";
import { standardDetailQuery } from "@/lib/queries/standards";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Banner } from "@/components/ui/feedback";
import { FormDialog } from "@/components/ui/form-dialog";
import { errorMessage } from "@/components/catalog/error-message";
import { localText } from "@/components/standards/local-text";

type Props = {
  standard: TStandardRef; subjectType: TSubjectType; subjectId: string; recordName: string;
  onClose: () => void; onDone: (message: string) => void;
};

/** Vouch that the record meets an attestation standard, with a link to the evidence and a comment. */
export function AttestDialog({ standard, subjectType, subjectId, recordName, onClose, onDone }: Props) {
  const { m, locale, schemaErrors } = useI18n();
  const t = m.compliance.attest;
  const qc = useQueryClient();
  const name = localText(standard.text, locale).name;
  // How long it holds is part of the standard's check, which the result's reference does not carry.
  const full = useQuery(standardDetailQuery(standard.id));
  const days = full.data?.check.kind === "ATTESTATION" ? full.data.check.validDays : undefined;
  const [evidenceUrl, setEvidenceUrl] = useState("");
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: () => api<TAttestation>("/attestations", {
      method: "POST",
      body: { standardId: standard.id, subjectType, subjectId, evidenceUrl: evidenceUrl.trim() || null, comment: comment.trim() },
    }),
    onSuccess: () => {
      invalidateStandards(qc);
      onDone(fmt(t.done, { standard: name }));
    },
    onError: (error) => setErrors(error instanceof ApiError ? error.fieldErrors : {}),
  });
  const submit = () => {
    const url = evidenceUrl.trim();
    const checked = url ? ZUrl.safeParse(url, { error: schemaErrors }) : undefined;
    const found: Record<string, string> = checked && !checked.success ? { evidenceUrl: checked.error.issues[0].message } : {};
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };
  const fieldError = mutation.error instanceof ApiError && mutation.error.errors.some((e) => e.path === "evidenceUrl" || e.path === "comment");
  return (
    <FormDialog title={fmt(t.title, { standard: name })} description={days === undefined ? "…" : countLabel(locale, days, t.description, { record: recordName })}
      submitLabel={t.submit} busyLabel={t.submitting} busy={mutation.isPending} onSubmit={submit} onClose={onClose}>
      {mutation.error && !fieldError && <Banner>{errorMessage(mutation.error, m)}</Banner>}
      <Field label={t.evidence} hint={t.evidenceHint} error={errors.evidenceUrl}>
        {(id, describedBy) => (
          <Input id={id} type="url" aria-describedby={describedBy} aria-invalid={errors.evidenceUrl ? true : undefined} autoFocus
            value={evidenceUrl} onChange={(e) => setEvidenceUrl(e.target.value)} />
        )}
      </Field>
      <Field label={t.comment} error={errors.comment}>
        {(id, describedBy) => <Textarea id={id} aria-describedby={describedBy} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </Field>
    </FormDialog>
  );
}
