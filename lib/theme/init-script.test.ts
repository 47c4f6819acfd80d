// Runs the real inline script against a minimal document and matchMedia, the only two things it uses.
import { describe, expect, it } from "vitest";
import { themeInitScript } from "./init-script";
import { THEME_COOKIE } from "./theme";

function run(cookie: string, prefersDark: boolean, initialClasses: string[] = []) {
  const classes = new Set(initialClasses);
  const document = {
    cookie,
    documentElement: { classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)) } },
  };
  const window = { matchMedia: (query: string) => ({ matches: prefersDark && query === "(prefers-color-scheme: dark)" }) };
  new Function("document", "window", themeInitScript)(document, window);
  return classes.has("dark");
}

describe("themeInitScript", () => {
  it("applies an explicit choice whatever the OS says", () => {
    expect(run(`${THEME_COOKIE}=dark`, false)).toBe(true);
    expect(run(`${THEME_COOKIE}=light`, true, ["dark"])).toBe(false);
  });

  it("follows the OS for system, for no cookie and for an unknown value", () => {
    expect(run(`${THEME_COOKIE}=system`, true)).toBe(true);
    expect(run(`${THEME_COOKIE}=system`, false)).toBe(false);
    expect(run("other=1", true)).toBe(true);
    expect(run(`${THEME_COOKIE}=sepia`, false)).toBe(false);
  });

  it("finds its cookie among others and not inside another cookie's name", () => {
    expect(run(`a=1; ${THEME_COOKIE}=dark; b=2`, false)).toBe(true);
    expect(run(`x-${THEME_COOKIE}=dark`, false)).toBe(false);
  });
});
