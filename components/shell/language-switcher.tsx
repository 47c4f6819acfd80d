"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useI18n } from "@/lib/i18n/client";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { api } from "@/lib/api-client";
import type { TLocale } from "@/lib/schemas/enums";

const NAMES: Record<TLocale, string> = { en: "English", "zh-CN": "简体中文" };

/** Remembers the choice in a cookie and, when signed in, on the user (so it follows them). */
export function LanguageSwitcher({ signedIn }: { signedIn: boolean }) {
  const { m, locale } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  async function change(next: TLocale) {
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    if (signedIn) await api("/me", { method: "PATCH", body: { locale: next } }).catch(() => undefined);
    start(() => router.refresh());
  }
  return (
    <label className="flex items-center gap-1 text-sm text-slate-600">
      <span className="sr-only">{m.common.nav.language}</span>
      <select aria-label={m.common.nav.language} value={locale} disabled={pending}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        onChange={(e) => change(e.target.value as TLocale)}>
        {(Object.keys(NAMES) as TLocale[]).map((l) => <option key={l} value={l}>{NAMES[l]}</option>)}
      </select>
    </label>
  );
}
