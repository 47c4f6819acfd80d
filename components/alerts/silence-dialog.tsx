"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import { Field, Input, Select } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import { Banner } from "@/components/ui/feedback";
import type { SilenceChoice } from "./use-alert-actions";

const HOURS = [1, 2, 4, 8, 24, 72] as const;

type Props = { busy: boolean; error?: string; onSubmit: (choice: SilenceChoice) => void; onClose: () => void };

/** How long and why: the silence itself matches each selected alert's labels (made by the server). */
export function SilenceDialog({ busy, error, onSubmit, onClose }: Props) {
  const { m, locale } = useI18n();
  const t = m.alerts.silenceDialog;
  const [hours, setHours] = useState<number>(2);
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const submit = () => {
    if (!comment.trim()) return setMissing(true);
    onSubmit({ endsAt: new Date(Date.now() + hours * 3_600_000).toISOString(), comment: comment.trim() });
  };
  return (
    <FormDialog title={t.title} description={t.hint} submitLabel={t.submit} busyLabel={m.common.actions.saving} busy={busy} onSubmit={submit} onClose={onClose}>
      {error && <Banner>{error}</Banner>}
      <Field label={t.duration}>
        {(id) => (
          <Select id={id} value={hours} onChange={(e) => setHours(Number(e.target.value))}>
            {HOURS.map((h) => <option key={h} value={h}>{countLabel(locale, h, t.hours)}</option>)}
          </Select>
        )}
      </Field>
      <Field label={t.comment} required error={missing ? m.common.form.required : undefined}>
        {(id, describedBy) => (
          <Input id={id} value={comment} placeholder={t.commentPlaceholder} aria-describedby={describedBy} aria-invalid={missing}
            onChange={(e) => { setComment(e.target.value); setMissing(false); }} autoFocus maxLength={500} />
        )}
      </Field>
    </FormDialog>
  );
}
