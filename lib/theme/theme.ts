// The theme choice and how it resolves. Shared by the server (root layout reads the cookie), the
// inline pre-paint script and the client hook, so the three can never disagree.
import { z } from "zod";

export const THEME_COOKIE = "junction-theme";
export const THEME_CHOICES = ["light", "dark", "system"] as const;
/** No cookie yet: follow the operating system, which is what most people already chose there. */
export const DEFAULT_THEME_CHOICE: TThemeChoice = "system";
/** The class on <html> that switches the palette (see app/globals.css). */
export const DARK_CLASS = "dark";
export const PREFERS_DARK_QUERY = "(prefers-color-scheme: dark)";

export const ZThemeChoice = z.enum(THEME_CHOICES);
export type TThemeChoice = z.infer<typeof ZThemeChoice>;
export type TResolvedTheme = "light" | "dark";

/** A cookie value from anywhere (possibly missing or tampered with) to a choice. */
export function parseThemeChoice(value: unknown): TThemeChoice {
  const parsed = ZThemeChoice.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_THEME_CHOICE;
}

/** `prefersDark` is the OS setting; only "system" looks at it. */
export function resolveTheme(choice: TThemeChoice, prefersDark: boolean): TResolvedTheme {
  if (choice === "system") return prefersDark ? "dark" : "light";
  return choice;
}

/** One year, whole site; not httpOnly because the pre-paint script and the switcher read it. */
export function themeCookie(choice: TThemeChoice): string {
  return `${THEME_COOKIE}=${choice}; path=/; max-age=31536000; samesite=lax`;
}
