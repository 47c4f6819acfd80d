import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, uniqueKey } from "./helpers";

test("a wrong password shows a generic error and no session", async ({ page }) => {
  await page.goto("/login");
  // A fresh unknown account each run, so repeated runs never hit the per-account rate limit.
  await page.getByLabel("Email").fill(`${uniqueKey("nobody")}@junction.local`);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("signing in lands on the dashboard", async ({ page }) => {
  await page.goto("/audit?entityType=SYSTEM");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faudit%3FentityType%3DSYSTEM/);
  await page.getByLabel("Email").fill(DEMO_USERS.VIEWER);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Victor Viewer");
  await expect(page).toHaveURL(/\/audit\?entityType=SYSTEM$/);
});
