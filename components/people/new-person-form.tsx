"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { ApiError } from "@/lib/api-client";
import { LOCALES, ROLES, type TLocale } from "@/lib/schemas/enums";
import type { TUserCreate } from "@/lib/schemas/user";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Banner } from "@/components/ui/feedback";
import { useCreatePerson } from "./use-create-person";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";
import { MIN_PASSWORD_LENGTH, validatePerson } from "./validate-person";

type Role = TUserCreate["role"];

/** Creates a person; field errors (ours first, then the API's) show inline and focus moves to the first. */
export function NewPersonForm() {
  const { m, locale: uiLocale } = useI18n();
  const t = m.people.create;
  const router = useRouter();
  const create = useCreatePerson();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState({ email: "", name: "", password: "", role: "ENGINEER" as Role, locale: uiLocale as TLocale });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(form, attempt);

  const update = (patch: Partial<typeof draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // Fixing a field clears its error; the rest stay until the next submit.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))));
  };
  const fail = (fieldErrors: Record<string, string>, message?: string) => {
    setErrors(fieldErrors);
    setFormError(message);
    setAttempt((a) => a + 1);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = validatePerson(draft, m);
    if (Object.keys(local).length) return fail(local, m.common.form.invalidFields);
    try {
      const user = await create.mutateAsync(draft);
      router.push(`/people/${user.id}`);
    } catch (error) {
      if (!(error instanceof ApiError)) return fail({}, m.common.states.error);
      if (error.status === 409) return fail({ email: t.duplicateEmail });
      const fields = error.fieldErrors;
      fail(fields, Object.keys(fields).length ? m.common.form.invalidFields : error.detail);
    }
  }

  const field = (name: string) => ({ "aria-invalid": Boolean(errors[name]) || undefined });
  return (
    <form ref={form} onSubmit={submit} noValidate className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      {formError && <Banner>{formError}</Banner>}
      <Field label={t.email} error={errors.email} required>
        {(id, describedBy) => <Input id={id} type="email" autoComplete="off" autoFocus value={draft.email} aria-describedby={describedBy}
          {...field("email")} onChange={(e) => update({ email: e.target.value })} />}
      </Field>
      <Field label={t.name} error={errors.name} required>
        {(id, describedBy) => <Input id={id} autoComplete="off" value={draft.name} aria-describedby={describedBy}
          {...field("name")} onChange={(e) => update({ name: e.target.value })} />}
      </Field>
      <Field label={t.role} error={errors.role} hint={t.roleHints[draft.role]} required>
        {(id, describedBy) => (
          <Select id={id} value={draft.role} aria-describedby={describedBy} {...field("role")} onChange={(e) => update({ role: e.target.value as Role })}>
            {ROLES.map((r) => <option key={r} value={r}>{m.enums.Role[r]}</option>)}
          </Select>
        )}
      </Field>
      <Field label={t.password} error={errors.password} hint={t.passwordHint} required>
        {(id, describedBy) => <Input id={id} type="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} value={draft.password}
          aria-describedby={describedBy} {...field("password")} onChange={(e) => update({ password: e.target.value })} />}
      </Field>
      <Field label={t.locale} error={errors.locale}>
        {(id, describedBy) => (
          <Select id={id} value={draft.locale} aria-describedby={describedBy} {...field("locale")} onChange={(e) => update({ locale: e.target.value as TLocale })}>
            {LOCALES.map((l) => <option key={l} value={l}>{m.audit.locales[l]}</option>)}
          </Select>
        )}
      </Field>
      <div className="flex gap-2 pt-1">
        <Button type="submit" disabled={create.isPending}>{create.isPending ? t.submitting : t.submit}</Button>
        <ButtonLink variant="secondary" href="/people">{m.common.actions.cancel}</ButtonLink>
      </div>
    </form>
  );
}
