"use client";
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { DARK_CLASS, PREFERS_DARK_QUERY, resolveTheme, themeCookie, type TResolvedTheme, type TThemeChoice } from "./theme";

type ThemeContextValue = { choice: TThemeChoice; resolved: TResolvedTheme; setChoice: (next: TThemeChoice) => void };

const ThemeContext = createContext<ThemeContextValue | null>(null);

function subscribeToOs(onChange: () => void) {
  const query = window.matchMedia(PREFERS_DARK_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}
const osPrefersDark = () => window.matchMedia(PREFERS_DARK_QUERY).matches;
// null = "not known yet": the server, and the hydration pass that must match it.
const unknownOnServer = () => null;

/**
 * Owns the theme on the client: the choice (seeded from the cookie the server read), the OS
 * preference (live), and the `dark` class on <html>. Mounted once, in the root layout.
 */
export function ThemeProvider({ initialChoice, children }: { initialChoice: TThemeChoice; children: ReactNode }) {
  const [choice, setChoiceState] = useState(initialChoice);
  const prefersDark = useSyncExternalStore(subscribeToOs, osPrefersDark, unknownOnServer);
  const resolved = resolveTheme(choice, prefersDark ?? false);
  // While the OS setting is unknown (hydration), the pre-paint script's class is the truth: leave it.
  const known = choice !== "system" || prefersDark !== null;

  // Layout effect: applied before the browser paints, so switching never shows a mixed frame.
  // initialChoice is a dependency because a router.refresh() re-renders <html className> from the
  // cookie, which drops a class that "system" added on the client; this puts it back.
  useLayoutEffect(() => {
    if (known) document.documentElement.classList.toggle(DARK_CLASS, resolved === "dark");
  }, [known, resolved, initialChoice]);

  const setChoice = useCallback((next: TThemeChoice) => {
    document.cookie = themeCookie(next);
    setChoiceState(next);
  }, []);

  const value = useMemo(() => ({ choice, resolved, setChoice }), [choice, resolved, setChoice]);
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

/**
 * `const { choice, resolved, setChoice } = useTheme()`. `resolved` is what is on screen ("system"
 * already applied, and it follows OS changes), e.g. `<ReactFlow colorMode={resolved}>`.
 */
export function useTheme(): ThemeContextValue {
  const value = useContext(ThemeContext);
  if (!value) throw new Error("useTheme() needs the ThemeProvider from the root layout (app/layout.tsx)");
  return value;
}
