"use client";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "@/lib/api-client";
import { invalidateAlerts } from "@/lib/queries/invalidate";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import type { TMatcher, TSilenceCreate } from "@/lib/schemas/alerts-admin";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import { Banner } from "@/components/ui/feedback";
import { errorMessage } from "@/components/catalog/error-message";
import { withoutField, type FieldErrors } from "@/components/catalog/form-errors";
import { MatcherRows } from "./matcher-rows";
import { SilencePreview } from "./silence-preview";

const HOURS = [1, 2, 4, 8, 24] as const;

/** The new silence: matchers, how long (or until when), why; the API's field errors land on their fields. */
export function SilenceForm({ onDone, onClose }: { onDone: () => void; onClose: () => void }) {
  const { m, locale } = useI18n();
  const t = m.alertsAdmin.silences;
  const qc = useQueryClient();
  const [matchers, setMatchers] = useState<TMatcher[]>([{ label: "", op: "=", value: "" }]);
  const [duration, setDuration] = useState<string>("2");
  const [customAt, setCustomAt] = useState("");
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation({
    mutationFn: (body: TSilenceCreate) => api("/alerts/silences", { method: "POST", body }),
    onSuccess: () => { invalidateAlerts(qc); onDone(); },
    onError: (e) => { if (e instanceof ApiError) setErrors(e.fieldErrors); },
  });
  const endsAt = () => {
    if (duration !== "custom") return new Date(Date.now() + Number(duration) * 3_600_000).toISOString();
    const at = new Date(customAt);
    return Number.isNaN(at.getTime()) ? "" : at.toISOString();
  };
  const submit = () => {
    const next: FieldErrors = {};
    if (!comment.trim()) next.comment = m.common.form.required;
    if (duration === "custom" && !customAt) next.endsAt = m.common.form.required;
    setErrors(next);
    if (Object.keys(next).length === 0) create.mutate({ matchers, endsAt: endsAt(), comment: comment.trim() });
  };
  const general = create.error && Object.keys(errors).length === 0 ? errorMessage(create.error, m) : undefined;
  return (
    <FormDialog title={t.create} description={t.formHint} submitLabel={t.submit} busyLabel={m.common.actions.saving} busy={create.isPending} onSubmit={submit} onClose={onClose}>
      {general && <Banner>{general}</Banner>}
      <MatcherRows rows={matchers} errors={errors} onChange={(rows) => { setMatchers(rows); setErrors(withoutField(errors, "matchers")); }} />
      <SilencePreview matchers={matchers} />
      <div className="grid grid-cols-2 gap-3">
        <Field label={t.duration}>
          {(id) => (
            <Select id={id} value={duration} onChange={(e) => { setDuration(e.target.value); setErrors(withoutField(errors, "endsAt")); }}>
              {HOURS.map((h) => <option key={h} value={String(h)}>{countLabel(locale, h, t.hours)}</option>)}
              <option value="custom">{t.custom}</option>
            </Select>
          )}
        </Field>
        {duration === "custom" && (
          <Field label={t.customAt} required error={errors.endsAt}>
            {(id, describedBy) => <Input id={id} type="datetime-local" value={customAt} aria-describedby={describedBy} aria-invalid={!!errors.endsAt} onChange={(e) => { setCustomAt(e.target.value); setErrors(withoutField(errors, "endsAt")); }} />}
          </Field>
        )}
      </div>
      {duration !== "custom" && errors.endsAt && <p role="alert" className="text-xs text-red-600">{errors.endsAt}</p>}
      <Field label={t.comment} required error={errors.comment}>
        {(id, describedBy) => (
          <Textarea id={id} value={comment} placeholder={t.commentPlaceholder} aria-describedby={describedBy} aria-invalid={!!errors.comment} maxLength={2000}
            onChange={(e) => { setComment(e.target.value); setErrors(withoutField(errors, "comment")); }} />
        )}
      </Field>
    </FormDialog>
  );
}
