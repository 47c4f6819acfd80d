// The audit log as an admin reads it: a change to a setting is on record with the value it
// replaced, and the log narrows to the days asked for, in the reader's own calendar.
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./helpers";

test.use({ storageState: storageStateFor("ADMIN") });

test("finds a settings change by day, with the value it replaced, and says when the period runs backwards", async ({ page }) => {
  const { busFactorThreshold: n } = await (await page.request.get("/api/v1/ownership/settings")).json();
  try {
    expect((await page.request.patch("/api/v1/ownership/settings", { data: { busFactorThreshold: n + 1 } })).status()).toBe(200);
    await page.goto("/audit");
    await page.getByRole("combobox", { name: "Record type" }).selectOption("SETTING");
    // Today and tomorrow as the browser's calendar has them.
    const [today, tomorrow] = await page.evaluate(() => [0, 1].map((ahead) => {
      const d = new Date();
      d.setDate(d.getDate() + ahead);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    }));
    const from = page.getByLabel("From", { exact: true });
    const to = page.getByLabel("To (inclusive)", { exact: true });
    await from.fill(today);
    await to.fill(today);
    await expect(page).toHaveURL(new RegExp(`from=${today}.*to=${today}|to=${today}.*from=${today}`));

    const newest = page.getByRole("row").nth(1);
    await expect(newest).toContainText("Ownership: bus factor N");
    await expect(newest.getByRole("link", { name: "Ownership: bus factor N" })).toHaveAttribute("href", "/ownership");
    await newest.getByRole("button", { name: "Show changes" }).click();
    // Field, before, after.
    await expect(page.getByRole("row", { name: `Bus factor N ${n} ${n + 1}`, exact: true })).toBeVisible();

    // The end before the start: said next to the field, and no list of the wrong period.
    await from.fill(tomorrow);
    await expect(page.getByRole("alert").filter({ hasText: "The end date is before the start date." })).toBeVisible();
    await expect(to).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("table")).toHaveCount(0);

    // From tomorrow on, nothing has happened yet.
    await to.fill("");
    await expect(page.getByText("No results match these filters.")).toBeVisible();
  } finally {
    expect((await page.request.patch("/api/v1/ownership/settings", { data: { busFactorThreshold: n } })).status()).toBe(200);
  }
});

test("shows an admin the sign-in events, filtered by type and action, with their source address", async ({ page }) => {
  // The setup project signed the admin in through the login page: that is on record.
  await page.goto("/audit");
  await page.getByRole("combobox", { name: "Record type" }).selectOption("SECURITY");
  await page.getByRole("combobox", { name: "Action" }).selectOption("SIGN_IN_SUCCEEDED");
  await expect(page).toHaveURL(/entityType=SECURITY/);
  const row = page.getByRole("row").filter({ hasText: "admin@junction.local" }).first();
  await expect(row).toContainText("Signed in");
  await expect(row).toContainText("Security");
  await expect(row).toContainText(/from (127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)/);
  await row.getByRole("button", { name: "Show changes" }).click();
  await expect(page.getByRole("row", { name: /^Source address / })).toBeVisible();
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateFor("VIEWER") });

  test("offers no security events to filter for", async ({ page }) => {
    await page.goto("/audit");
    const type = page.getByRole("combobox", { name: "Record type" });
    await expect(type.locator("option", { hasText: "System" })).toHaveCount(1);
    await expect(type.locator("option", { hasText: "Security" })).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: "Action" }).locator("option", { hasText: "Signed in" })).toHaveCount(0);
  });
});
