"use client";
import { useRef, useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { ApiError } from "@/lib/api-client";
import type { TApiTokenCreated } from "@/lib/schemas/token";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Card } from "@/components/ui/page-header";
import { useCreateToken } from "./use-tokens";

/** Name → create. The created token (with its secret) goes to the parent, which shows it once. */
export function CreateTokenForm({ onCreated }: { onCreated: (created: TApiTokenCreated) => void }) {
  const { m } = useI18n();
  const t = m.tokens.create;
  const create = useCreateToken();
  const form = useRef<HTMLFormElement>(null);
  const focusName = () => form.current?.querySelector("input")?.focus();
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setError(m.common.form.required);
      focusName();
      return;
    }
    try {
      const created = await create.mutateAsync({ name: name.trim() });
      setName("");
      create.reset(); // the secret does not linger in the mutation's state
      onCreated(created);
    } catch (err) {
      setError(err instanceof ApiError ? (err.fieldErrors.name ?? err.detail) : m.common.states.error);
      focusName();
    }
  }

  return (
    <Card title={t.title}>
      <form ref={form} onSubmit={submit} noValidate className="flex flex-wrap items-start gap-3">
        <div className="w-full max-w-sm">
          <Field label={t.name} hint={t.nameHint} error={error} required>
            {(id, describedBy) => (
              <Input id={id} value={name} maxLength={100} autoComplete="off" aria-describedby={describedBy}
                aria-invalid={Boolean(error) || undefined} onChange={(e) => { setName(e.target.value); setError(undefined); }} />
            )}
          </Field>
        </div>
        <Button type="submit" className="mt-6" disabled={create.isPending}>{create.isPending ? t.submitting : t.submit}</Button>
      </form>
    </Card>
  );
}
