"use client";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "@/lib/api-client";
import { invalidateAlerts } from "@/lib/queries/invalidate";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TMapUnmapped } from "@/lib/schemas/alerts-admin";
import type { TRef } from "@/components/catalog/types";
import { Field } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import { Banner } from "@/components/ui/feedback";
import { SystemPicker } from "@/components/pickers/system-picker";
import { errorMessage } from "@/components/catalog/error-message";

type Props = { label: string; value: string; onDone: (mapped: number) => void; onClose: () => void };

/** "Map to…": one label value to a system; the server adds the alias rule and maps the waiting alerts. */
export function MapDialog({ label, value, onDone, onClose }: Props) {
  const { m } = useI18n();
  const t = m.alertsAdmin.mapping;
  const qc = useQueryClient();
  const [system, setSystem] = useState<TRef | null>(null);
  const [missing, setMissing] = useState(false);
  const map = useMutation({
    mutationFn: (body: TMapUnmapped) => api<{ mapped: number }>("/alerts/unmapped/map", { method: "POST", body }),
    onSuccess: (r) => { invalidateAlerts(qc); onDone(r.mapped); },
  });
  const fieldError = map.error instanceof ApiError ? map.error.fieldErrors.targetId : undefined;
  const submit = () => {
    if (!system) return setMissing(true);
    map.mutate({ label, value, targetType: "SYSTEM", targetId: system.id });
  };
  return (
    <FormDialog title={fmt(t.mapTitle, { label, value })} description={t.mapHint} submitLabel={t.mapSubmit} busyLabel={m.common.actions.saving} busy={map.isPending} onSubmit={submit} onClose={onClose}>
      {map.error && !fieldError && <Banner>{errorMessage(map.error, m)}</Banner>}
      <Field label={t.system} required error={missing ? m.common.form.required : fieldError}>
        {(id, describedBy) => <SystemPicker id={id} describedBy={describedBy} label={t.system} value={system} invalid={missing || !!fieldError} onChange={(v) => { setSystem(v); setMissing(false); }} />}
      </Field>
    </FormDialog>
  );
}
