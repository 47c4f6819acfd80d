"use client";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "@/lib/api-client";
import type { TStandardRef } from "@/lib/schemas/compliance";
import type { TSubjectType } from "@/lib/schemas/enums";
import { MAX_WAIVER_DAYS, type TWaiver } from "@/lib/schemas/waiver";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { invalidateStandards } from "@/lib/queries/invalidate";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Banner } from "@/components/ui/feedback";
import { FormDialog } from "@/components/ui/form-dialog";
import { errorMessage } from "@/components/catalog/error-message";
import { localText } from "@/components/standards/local-text";

type Props = { standard: TStandardRef; subjectType: TSubjectType; subjectId: string; onClose: () => void; onDone: (message: string) => void };

/** yyyy-mm-dd of the local day `days` from today, as <input type="date"> holds it. */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Ask for an exception to one standard for this record, until a day at most 365 days ahead. */
export function WaiverRequestDialog({ standard, subjectType, subjectId, onClose, onDone }: Props) {
  const { m, locale } = useI18n();
  const t = m.compliance.waiver;
  const qc = useQueryClient();
  const name = localText(standard.text, locale).name;
  const [reason, setReason] = useState("");
  const [day, setDay] = useState(dayFromToday(90));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const min = dayFromToday(1);
  const max = dayFromToday(MAX_WAIVER_DAYS);
  const mutation = useMutation({
    // The start of the chosen local day: after now, and no later than 365 days ahead.
    mutationFn: () => api<TWaiver>("/waivers", {
      method: "POST",
      body: { standardId: standard.id, subjectType, subjectId, reason: reason.trim(), expiresAt: new Date(`${day}T00:00`).toISOString() },
    }),
    onSuccess: () => {
      invalidateStandards(qc);
      onDone(fmt(t.done, { standard: name }));
    },
    onError: (error) => setErrors(error instanceof ApiError ? error.fieldErrors : {}),
  });
  const submit = () => {
    const found: Record<string, string> = {};
    if (reason.trim().length < 10) found.reason = t.reasonShort;
    if (!day || day < min || day > max) found.expiresAt = t.dateRange;
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };
  const fieldError = mutation.error instanceof ApiError && Object.keys(mutation.error.fieldErrors).some((k) => k === "reason" || k === "expiresAt");
  return (
    <FormDialog title={fmt(t.title, { standard: name })} description={t.description} submitLabel={t.submit} busyLabel={t.submitting}
      busy={mutation.isPending} onSubmit={submit} onClose={onClose}>
      {mutation.error && !fieldError && <Banner>{errorMessage(mutation.error, m)}</Banner>}
      <Field label={t.reason} hint={t.reasonHint} error={errors.reason} required>
        {(id, describedBy) => (
          <Textarea id={id} aria-describedby={describedBy} aria-invalid={errors.reason ? true : undefined} rows={4} autoFocus
            value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </Field>
      <Field label={t.expires} hint={t.expiresHint} error={errors.expiresAt} required>
        {(id, describedBy) => (
          <Input id={id} type="date" min={min} max={max} className="w-48" aria-describedby={describedBy}
            aria-invalid={errors.expiresAt ? true : undefined} value={day} onChange={(e) => setDay(e.target.value)} />
        )}
      </Field>
    </FormDialog>
  );
}
