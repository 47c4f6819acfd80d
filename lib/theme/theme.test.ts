import { describe, expect, it } from "vitest";
import { THEME_COOKIE, parseThemeChoice, resolveTheme, themeCookie } from "./theme";

describe("parseThemeChoice", () => {
  it("accepts the three choices", () => {
    expect(parseThemeChoice("light")).toBe("light");
    expect(parseThemeChoice("dark")).toBe("dark");
    expect(parseThemeChoice("system")).toBe("system");
  });

  it("falls back to system for a missing or foreign value", () => {
    expect(parseThemeChoice(undefined)).toBe("system");
    expect(parseThemeChoice("")).toBe("system");
    expect(parseThemeChoice("Dark")).toBe("system");
    expect(parseThemeChoice("dark; path=/")).toBe("system");
  });
});

describe("resolveTheme", () => {
  it("ignores the OS setting for an explicit choice", () => {
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
  });

  it("follows the OS setting for system", () => {
    expect(resolveTheme("system", true)).toBe("dark");
    expect(resolveTheme("system", false)).toBe("light");
  });
});

describe("themeCookie", () => {
  it("remembers the choice site-wide for a year", () => {
    expect(themeCookie("dark")).toBe(`${THEME_COOKIE}=dark; path=/; max-age=31536000; samesite=lax`);
  });
});
