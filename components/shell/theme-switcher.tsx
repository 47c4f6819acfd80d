"use client";
import { useI18n } from "@/lib/i18n/client";
import { useTheme } from "@/lib/theme/client";
import { THEME_CHOICES, parseThemeChoice } from "@/lib/theme/theme";

/** Light / Dark / System, remembered in a cookie; switching needs no reload (the palette is CSS). */
export function ThemeSwitcher() {
  const { m } = useI18n();
  const { choice, setChoice } = useTheme();
  return (
    <label className="flex items-center gap-1 text-sm text-slate-600">
      <span className="sr-only">{m.theme.label}</span>
      <select aria-label={m.theme.label} value={choice}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        onChange={(e) => setChoice(parseThemeChoice(e.target.value))}>
        {THEME_CHOICES.map((c) => <option key={c} value={c}>{m.theme.choices[c]}</option>)}
      </select>
    </label>
  );
}
