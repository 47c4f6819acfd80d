import { expect, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";

export const DEMO_USERS = {
  ADMIN: "admin@junction.local",
  ENGINEER: "engineer@junction.local",
  VIEWER: "viewer@junction.local",
} as const;
export const DEMO_PASSWORD = "junction-demo";

export const storageStateFor = (role: keyof typeof DEMO_USERS) => `playwright/.auth/${role.toLowerCase()}.json`;

/** A key no earlier run used, so the suite can run again on the same database. */
export const uniqueKey = (prefix: string) => `${prefix}-${randomBytes(3).toString("hex")}`;

/** Types into a picker (combobox), waits for the search, and chooses the first match with Enter. */
export async function pick(page: Page, label: string, search: string, expected: string, within: Page | Locator = page) {
  const box = within.getByRole("combobox", { name: label, exact: true });
  await box.fill(search);
  await expect(page.getByRole("option", { name: new RegExp(expected) })).toBeVisible();
  await expect(page.getByText("Searching…")).toHaveCount(0);
  await box.press("Enter");
  await expect(box).toHaveValue(expected);
}

/** Ids of the seeded demo estate's teams, by key (the test database holds many other teams). */
export async function demoTeamIds(request: import("@playwright/test").APIRequestContext, keys: readonly string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let page = 1; ; page++) {
    const res = await request.get(`/api/v1/teams?pageSize=200&page=${page}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { items: { id: string; key: string }[]; total: number };
    for (const t of body.items) if (keys.includes(t.key)) ids.set(t.key, t.id);
    if (page * 200 >= body.total) return ids;
  }
}

/**
 * A fresh browser (empty cache) signed in as a new user (created by `admin`, an admin's page) with
 * the given role and saved language.
 */
export async function newUserContext(browser: Browser, admin: Page, o: { role: "ENGINEER" | "VIEWER"; locale: "en" | "zh-CN" }): Promise<BrowserContext> {
  const email = `${uniqueKey(o.locale.toLowerCase())}@example.test`;
  const name = `${o.locale} ${o.role.toLowerCase()}`;
  const password = "a-long-enough-password";
  const created = await admin.request.post("/api/v1/users", { data: { email, name, role: o.role, password, locale: o.locale } });
  expect(created.status()).toBe(201);
  const signing = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await signing.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(name);
  // The sign-in page itself is in the browser's language; start over with only the session.
  const session = await signing.storageState();
  await signing.close();
  return browser.newContext({ storageState: session });
}
