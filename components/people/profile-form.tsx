"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { ApiError } from "@/lib/api-client";
import { LOCALES, type TLocale } from "@/lib/schemas/enums";
import type { TMe } from "@/lib/schemas/user";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Banner, ErrorState, Spinner } from "@/components/ui/feedback";
import { useMe, useUpdateMe } from "./use-me";

/** Your display name and language (PATCH /api/v1/me). Email and role are an admin's business. */
export function ProfileForm() {
  const me = useMe();
  if (me.isPending) return <Spinner />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  return <ProfileFields me={me.data} />;
}

function ProfileFields({ me }: { me: TMe }) {
  const { m } = useI18n();
  const t = m.people.profile;
  const router = useRouter();
  const update = useUpdateMe();
  const [refreshing, startRefresh] = useTransition();
  const [name, setName] = useState(me.name);
  const [locale, setLocale] = useState<TLocale>(me.locale);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const changed = name.trim() !== me.name || locale !== me.locale;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    const form = e.currentTarget;
    if (!name.trim()) {
      setError(m.common.form.required);
      form.querySelector<HTMLElement>("input")?.focus();
      return;
    }
    try {
      await update.mutateAsync({ name: name.trim(), locale });
      // The cookie keeps the language on the sign-in page too, as the header's switcher does.
      document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
      setSaved(true);
      startRefresh(() => router.refresh());
    } catch (err) {
      setError(err instanceof ApiError ? (err.fieldErrors.name ?? err.detail) : m.common.states.error);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      {saved && !changed && <Banner tone="success">{t.saved}</Banner>}
      <Field label={t.name} error={error} required>
        {(id, describedBy) => (
          <Input id={id} value={name} autoComplete="name" aria-describedby={describedBy} aria-invalid={Boolean(error) || undefined}
            onChange={(e) => { setName(e.target.value); setError(undefined); setSaved(false); }} />
        )}
      </Field>
      <Field label={t.locale}>
        {(id) => (
          <Select id={id} value={locale} onChange={(e) => { setLocale(e.target.value as TLocale); setSaved(false); }}>
            {LOCALES.map((l) => <option key={l} value={l}>{m.audit.locales[l]}</option>)}
          </Select>
        )}
      </Field>
      <dl className="grid grid-cols-2 gap-3 text-sm">
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t.email}</dt>
          <dd className="mt-0.5 text-slate-900">{me.email}</dd>
          <dd className="text-xs text-slate-500">{t.emailHint}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t.role}</dt>
          <dd className="mt-0.5 text-slate-900">{m.enums.Role[me.role]}</dd>
        </div>
      </dl>
      <Button type="submit" disabled={!changed || update.isPending || refreshing}>
        {update.isPending ? m.common.actions.saving : m.common.actions.save}
      </Button>
    </form>
  );
}
