import "server-only";
import { cookies } from "next/headers";
import { THEME_COOKIE, parseThemeChoice, type TThemeChoice } from "./theme";

/** The visitor's remembered choice, for the root layout to render <html class="dark"> up front. */
export async function getThemeChoice(): Promise<TThemeChoice> {
  return parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
}
