"use client";
import { useRef, useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { ApiError } from "@/lib/api-client";
import { fmt } from "@/lib/i18n/format";
import type { TUser } from "@/lib/schemas/user";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Input } from "@/components/ui/field";
import { Banner } from "@/components/ui/feedback";
import { updateErrorText } from "./update-error-text";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";
import { useUpdatePerson } from "./use-update-person";
import { useDialogTrigger } from "./use-dialog-trigger";
import { MIN_PASSWORD_LENGTH } from "./validate-person";

type Props = { person: TUser; onUpdated: (user: TUser) => void };

export function ResetPasswordForm({ person, onUpdated }: Props) {
  const { m } = useI18n();
  const t = m.people.admin;
  const form = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const dialog = useDialogTrigger();
  const [done, setDone] = useState(false);
  const update = useUpdatePerson(person.id, onUpdated);
  useFocusFirstInvalid(form, attempt);

  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if (password.length < MIN_PASSWORD_LENGTH) {
      setError(m.people.create.passwordTooShort);
      setAttempt((a) => a + 1);
      return;
    }
    update.reset();
    dialog.show();
  }

  function confirm() {
    if (update.isPending) return;
    update.mutate({ version: person.version, password }, {
      onSuccess: () => { dialog.hide(); setPassword(""); setDone(true); },
      onError: (err) => {
        const fieldError = err instanceof ApiError ? err.fieldErrors.password : undefined;
        if (!fieldError) return;
        dialog.hide();
        setError(fieldError);
        setAttempt((a) => a + 1);
      },
    });
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="space-y-2">
      <Field label={t.newPassword} error={error} hint={m.people.create.passwordHint}>
        {(id, describedBy) => (
          <Input id={id} type="password" autoComplete="new-password" value={password} aria-describedby={describedBy}
            aria-invalid={Boolean(error) || undefined} onChange={(e) => { setPassword(e.target.value); setError(undefined); }} />
        )}
      </Field>
      {done && <Banner tone="success">{t.passwordReset}</Banner>}
      <Button type="submit" variant="secondary">{t.resetPassword}</Button>
      {/* Mounted only while open: ConfirmDialog labels itself with a fixed id, so two in the DOM would share it. */}
      {dialog.open && (
        <ConfirmDialog open title={fmt(t.resetTitle, { name: person.name })}
          confirmLabel={update.isPending ? t.resetting : t.resetPassword} onConfirm={confirm} onCancel={dialog.hide}>
          <div className="space-y-3">
            <p>{t.resetBody}</p>
            {update.isError && <Banner>{updateErrorText(update.error, m)}</Banner>}
          </div>
        </ConfirmDialog>
      )}
    </form>
  );
}
