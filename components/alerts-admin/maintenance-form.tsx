"use client";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "@/lib/api-client";
import { invalidateAlerts } from "@/lib/queries/invalidate";
import { useI18n } from "@/lib/i18n/client";
import type { TMaintenanceCreate } from "@/lib/schemas/alerts-admin";
import type { TRef } from "@/components/catalog/types";
import { Field, Input, Select } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import { Banner } from "@/components/ui/feedback";
import { SystemPicker } from "@/components/pickers/system-picker";
import { errorMessage } from "@/components/catalog/error-message";
import { withoutField, type FieldErrors } from "@/components/catalog/form-errors";

type Kind = TMaintenanceCreate["kind"];
const toIso = (local: string) => { const d = new Date(local); return Number.isNaN(d.getTime()) ? "" : d.toISOString(); };
const toMinute = (hhmm: string) => { const [h, mm] = hhmm.split(":").map(Number); return (h || 0) * 60 + (mm || 0); };

/** A window on one system: once (from, to) or weekly (weekday, local start, duration, zone). */
export function MaintenanceForm({ onDone, onClose }: { onDone: () => void; onClose: () => void }) {
  const { m } = useI18n();
  const t = m.alertsAdmin.maintenance;
  const qc = useQueryClient();
  const [system, setSystem] = useState<TRef | null>(null);
  const [kind, setKind] = useState<Kind>("WEEKLY");
  const [startsAt, setStartsAt] = useState("");
  const [endsAt, setEndsAt] = useState("");
  const [weekday, setWeekday] = useState(2);
  const [startTime, setStartTime] = useState("02:00");
  const [duration, setDuration] = useState("120");
  const [timeZone, setTimeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation({
    mutationFn: (body: TMaintenanceCreate) => api("/alerts/maintenance", { method: "POST", body }),
    onSuccess: () => { invalidateAlerts(qc); onDone(); },
    onError: (e) => { if (e instanceof ApiError) setErrors(e.fieldErrors); },
  });
  const clear = (name: string) => setErrors((e) => withoutField(e, name));
  const submit = () => {
    if (!system) return setErrors({ systemId: m.common.form.required });
    const base = { systemId: system.id, comment: comment.trim() };
    create.mutate(kind === "ONE_OFF"
      ? { ...base, kind, startsAt: toIso(startsAt), endsAt: toIso(endsAt) }
      : { ...base, kind, weekday, startMinute: toMinute(startTime), durationMinutes: Number(duration), timeZone: timeZone.trim() });
  };
  const general = create.error && Object.keys(errors).length === 0 ? errorMessage(create.error, m) : undefined;
  return (
    <FormDialog title={t.create} submitLabel={t.submit} busyLabel={m.common.actions.saving} busy={create.isPending} onSubmit={submit} onClose={onClose}>
      {general && <Banner>{general}</Banner>}
      <Field label={t.system} required error={errors.systemId}>
        {(id, describedBy) => <SystemPicker id={id} describedBy={describedBy} label={t.system} value={system} invalid={!!errors.systemId} onChange={(v) => { setSystem(v); clear("systemId"); }} />}
      </Field>
      <Field label={t.kind}>
        {(id) => (
          <Select id={id} value={kind} onChange={(e) => { setKind(e.target.value as Kind); setErrors({}); }}>
            {(["WEEKLY", "ONE_OFF"] as const).map((k) => <option key={k} value={k}>{t.kinds[k]}</option>)}
          </Select>
        )}
      </Field>
      {kind === "ONE_OFF" ? (
        <div className="grid grid-cols-2 gap-3">
          <Field label={t.startsAt} required error={errors.startsAt}>
            {(id, d) => <Input id={id} type="datetime-local" value={startsAt} aria-describedby={d} aria-invalid={!!errors.startsAt} onChange={(e) => { setStartsAt(e.target.value); clear("startsAt"); }} />}
          </Field>
          <Field label={t.endsAt} required error={errors.endsAt}>
            {(id, d) => <Input id={id} type="datetime-local" value={endsAt} aria-describedby={d} aria-invalid={!!errors.endsAt} onChange={(e) => { setEndsAt(e.target.value); clear("endsAt"); }} />}
          </Field>
        </div>
      ) : (
        <div className="grid grid-cols-2 gap-3">
          <Field label={t.weekday} error={errors.weekday}>
            {(id) => <Select id={id} value={weekday} onChange={(e) => setWeekday(Number(e.target.value))}>{t.weekdays.map((w, i) => <option key={i} value={i}>{w}</option>)}</Select>}
          </Field>
          <Field label={t.startTime} error={errors.startMinute}>
            {(id, d) => <Input id={id} type="time" value={startTime} aria-describedby={d} onChange={(e) => { setStartTime(e.target.value); clear("startMinute"); }} />}
          </Field>
          <Field label={t.durationMinutes} required error={errors.durationMinutes}>
            {(id, d) => <Input id={id} type="number" min={1} max={10080} value={duration} aria-describedby={d} aria-invalid={!!errors.durationMinutes} onChange={(e) => { setDuration(e.target.value); clear("durationMinutes"); }} />}
          </Field>
          <Field label={t.timeZone} required error={errors.timeZone}>
            {(id, d) => <Input id={id} value={timeZone} aria-describedby={d} aria-invalid={!!errors.timeZone} maxLength={100} onChange={(e) => { setTimeZone(e.target.value); clear("timeZone"); }} />}
          </Field>
        </div>
      )}
      <Field label={t.comment} error={errors.comment}>
        {(id, d) => <Input id={id} value={comment} aria-describedby={d} maxLength={2000} onChange={(e) => { setComment(e.target.value); clear("comment"); }} />}
      </Field>
    </FormDialog>
  );
}
