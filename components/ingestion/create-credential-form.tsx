"use client";
import { useRef, useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { ApiError } from "@/lib/api-client";
import { MACHINE_SCOPES, type TMachineScope } from "@/lib/schemas/ingestion";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Card } from "@/components/ui/page-header";

type Texts = { title: string; name: string; nameHint: string; submit: string; submitting: string };
type Props = {
  texts: Texts;
  /** With a scope choice (machine tokens) or without (webhook sources). */
  withScope: boolean;
  pending: boolean;
  /** Creates; resolves once the parent holds the secret. */
  onCreate: (input: { name: string; scope: TMachineScope }) => Promise<void>;
};

/** Name (and scope) → create. The parent shows the created secret once. */
export function CreateCredentialForm({ texts, withScope, pending, onCreate }: Props) {
  const { m } = useI18n();
  const form = useRef<HTMLFormElement>(null);
  const focusName = () => form.current?.querySelector("input")?.focus();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<TMachineScope>("INGEST");
  const [error, setError] = useState<string>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setError(m.common.form.required);
      return focusName();
    }
    try {
      await onCreate({ name: name.trim(), scope });
      setName("");
    } catch (err) {
      setError(err instanceof ApiError ? (err.fieldErrors.name ?? err.detail) : m.common.states.error);
      focusName();
    }
  }

  return (
    <Card title={texts.title}>
      <form ref={form} onSubmit={submit} noValidate className="flex flex-wrap items-start gap-3">
        <div className="w-full max-w-sm">
          <Field label={texts.name} hint={texts.nameHint} error={error} required>
            {(id, describedBy) => (
              <Input id={id} value={name} maxLength={100} autoComplete="off" aria-describedby={describedBy}
                aria-invalid={Boolean(error) || undefined} onChange={(e) => { setName(e.target.value); setError(undefined); }} />
            )}
          </Field>
        </div>
        {withScope && (
          <div className="w-56">
            <Field label={m.ingestion.tokens.create.scope}>
              {(id) => (
                <Select id={id} value={scope} onChange={(e) => setScope(e.target.value as TMachineScope)}>
                  {MACHINE_SCOPES.map((s) => <option key={s} value={s}>{m.ingestion.tokens.scopes[s]}</option>)}
                </Select>
              )}
            </Field>
          </div>
        )}
        <Button type="submit" className="mt-6" disabled={pending}>{pending ? texts.submitting : texts.submit}</Button>
      </form>
    </Card>
  );
}
