"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Banner } from "@/components/ui/feedback";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { ThemeSwitcher } from "@/components/shell/theme-switcher";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const { m } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | undefined>(initialError);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(undefined);
    const res = await signIn("credentials", { redirect: false, email: form.get("email"), password: form.get("password") });
    setBusy(false);
    if (res?.ok && !res.error) {
      router.replace(callbackUrl);
      router.refresh();
    } else setError(res?.error ?? "CredentialsSignin");
  }

  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 px-4">
      <div className="w-full max-w-sm space-y-6">
        <div className="flex items-center justify-between">
          <span className="text-lg font-bold text-indigo-700">{m.common.appName}</span>
          <div className="flex items-center gap-3">
            <ThemeSwitcher />
            <LanguageSwitcher signedIn={false} />
          </div>
        </div>
        {/* POST even before hydration: a form submitted early must never put the password in the URL. */}
        <form method="post" action="/login" onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
          <h1 className="text-lg font-semibold text-slate-900">{m.common.auth.signInTitle}</h1>
          {error && <Banner>{error === "RateLimited" ? m.common.auth.rateLimited : m.common.auth.invalid}</Banner>}
          <Field label={m.common.auth.email} required>
            {(id) => <Input id={id} name="email" type="email" autoComplete="username" required autoFocus />}
          </Field>
          <Field label={m.common.auth.password} required>
            {(id) => <Input id={id} name="password" type="password" autoComplete="current-password" required />}
          </Field>
          <Button type="submit" className="w-full" disabled={busy}>{busy ? m.common.auth.signingIn : m.common.auth.signIn}</Button>
        </form>
        <p className="text-center text-xs text-slate-500">{m.common.tagline}</p>
      </div>
    </main>
  );
}
