"use client";
import { useId, useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "@/lib/api-client";
import { ZOwnershipSettingsUpdate } from "@/lib/schemas/ownership";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { errorMessage } from "@/components/catalog/error-message";
import { ownershipKeys } from "@/lib/queries/ownership";

/**
 * "Bus factor: more than N tier-0/1 systems per technical owner", and for admins an inline editor
 * for N (PATCH /ownership/settings). Everything refetches after a change: N moves the findings.
 */
export function BusFactorSetting({ value, isAdmin }: { value: number; isAdmin: boolean }) {
  const { m, locale, schemaErrors } = useI18n();
  const t = m.ownership.score;
  const qc = useQueryClient();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(String(value));
  /** The schema's message for the draft, in the reader's language (the API would say the same). */
  const [invalid, setInvalid] = useState<string>();
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: (busFactorThreshold: number) => api("/ownership/settings", { method: "PATCH", body: { busFactorThreshold } }),
    onSuccess: () => {
      setEditing(false);
      setSaved(true);
      void qc.invalidateQueries({ queryKey: ownershipKeys.all });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // An empty box is not a number (Number("") would be 0).
    const busFactorThreshold = draft.trim() === "" ? Number.NaN : Number(draft);
    const parsed = ZOwnershipSettingsUpdate.safeParse({ busFactorThreshold }, { error: schemaErrors });
    setInvalid(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (parsed.success) mutation.mutate(parsed.data.busFactorThreshold);
  };

  if (!editing) {
    return (
      <p className="flex flex-wrap items-center gap-2">
        <span>{countLabel(locale, value, t.busFactor)}</span>
        {isAdmin && (
          <Button variant="ghost" className="px-2 py-0.5 text-xs print:hidden" aria-label={`${t.change}: ${t.busFactorLabel}`}
            onClick={() => { setDraft(String(value)); setInvalid(undefined); setSaved(false); mutation.reset(); setEditing(true); }}>
            {t.change}
          </Button>
        )}
        {saved && <span role="status" className="text-xs text-emerald-700">{t.saved}</span>}
      </p>
    );
  }

  const apiError = mutation.error instanceof ApiError ? mutation.error.fieldErrors.busFactorThreshold : undefined;
  const error = invalid ?? apiError ?? (mutation.error ? errorMessage(mutation.error, m) : undefined);
  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-start gap-2 print:hidden">
      <label htmlFor={id} className="pt-1.5">{t.busFactorLabel}</label>
      <div className="space-y-1">
        <Input id={id} type="number" inputMode="numeric" min={1} max={1000} step={1} className="w-24" autoFocus
          value={draft} onChange={(e) => setDraft(e.target.value)} aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          onKeyDown={(e) => { if (e.key === "Escape") setEditing(false); }} />
        {error && <p id={`${id}-error`} role="alert" className="text-xs text-red-600">{error}</p>}
      </div>
      <Button type="submit" disabled={mutation.isPending} aria-busy={mutation.isPending}>
        {mutation.isPending ? m.common.actions.saving : m.common.actions.save}
      </Button>
      <Button variant="secondary" onClick={() => setEditing(false)} disabled={mutation.isPending}>{m.common.actions.cancel}</Button>
    </form>
  );
}
