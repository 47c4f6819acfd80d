"use client";
import { useId, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from "react";
import { useMutation } from "@tanstack/react-query";
import { ApiError } from "@/lib/api-client";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { errorMessage } from "@/components/catalog/error-message";

type Props<T> = {
  /** What the setting says now, in words. */
  display: ReactNode;
  /** The input's label, and the name the Change button adds to its accessible name. */
  label: string;
  value: string;
  canEdit: boolean;
  savedText: string;
  /** The API field the value goes to: its server-side error lands under the input. */
  field: string;
  /** The draft checked as the API would (zod with the reader's messages): a value, or the message. */
  parse: (draft: string) => { ok: true; value: T } | { ok: false; message: string };
  save: (value: T) => Promise<unknown>;
  onSaved: () => void;
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
};

/** One setting shown as a sentence, with an inline editor for those who may change it (Escape cancels). */
export function InlineSetting<T>({ display, label, value, canEdit, savedText, field, parse, save, onSaved, inputProps }: Props<T>) {
  const { m } = useI18n();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [invalid, setInvalid] = useState<string>();
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: () => {
      setEditing(false);
      setSaved(true);
      onSaved();
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parse(draft);
    setInvalid(parsed.ok ? undefined : parsed.message);
    if (parsed.ok) mutation.mutate(parsed.value);
  };

  if (!editing) {
    return (
      <p className="flex flex-wrap items-center gap-2">
        <span>{display}</span>
        {canEdit && (
          <Button variant="ghost" className="px-2 py-0.5 text-xs print:hidden" aria-label={`${m.common.actions.change}: ${label}`}
            onClick={() => { setDraft(value); setInvalid(undefined); setSaved(false); mutation.reset(); setEditing(true); }}>
            {m.common.actions.change}
          </Button>
        )}
        {saved && <span role="status" className="text-xs text-emerald-700">{savedText}</span>}
      </p>
    );
  }

  const apiError = mutation.error instanceof ApiError ? mutation.error.fieldErrors[field] : undefined;
  const error = invalid ?? apiError ?? (mutation.error ? errorMessage(mutation.error, m) : undefined);
  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-start gap-2 print:hidden">
      <label htmlFor={id} className="pt-1.5">{label}</label>
      <div className="space-y-1">
        <Input id={id} autoFocus {...inputProps} value={draft} onChange={(e) => setDraft(e.target.value)} aria-invalid={!!error}
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
