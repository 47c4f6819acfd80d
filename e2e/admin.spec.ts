// What an admin does with people, what a viewer cannot do, and the language switch.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateFor, uniqueKey } from "./helpers";

const PASSWORD = "a-long-enough-password";

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A browser context with no session, as someone else's machine. */
const freshContext = (browser: Browser) => browser.newContext({ storageState: { cookies: [], origins: [] } });

test.describe("as an admin", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("the admin creates a user and deactivates them, and that user can no longer sign in", async ({ page, browser }) => {
    const email = `${uniqueKey("person")}@example.test`;
    const name = `Pat ${uniqueKey("E2E")}`;

    await page.goto("/people");
    await page.getByRole("link", { name: "New person" }).click();
    await expect(page).toHaveURL(/\/people\/new$/);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Role").selectOption({ label: "Engineer" });
    await page.getByLabel("Initial password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create person" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    // They sign in on their own machine.
    const theirContext = await freshContext(browser);
    const theirs = await theirContext.newPage();
    await signIn(theirs, email);
    await expect(theirs.getByTestId("current-user")).toHaveText(name);

    // The admin deactivates them, after a confirmation that says what it does.
    await page.getByRole("button", { name: "Deactivate" }).click();
    const dialog = page.getByRole("dialog", { name: `Deactivate ${name}?` });
    await expect(dialog).toContainText("signs them out everywhere and revokes their API tokens' access at once");
    await dialog.getByRole("button", { name: "Deactivate" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "They were signed out everywhere" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Reactivate" })).toBeVisible();

    // Their session stopped working at once, and signing in again is refused with the generic error.
    await theirs.reload();
    await expect(theirs).toHaveURL(/\/login/);
    await signIn(theirs, email);
    await expect(theirs.getByRole("alert").filter({ hasText: "incorrect" })).toBeVisible();
    await expect(theirs.getByTestId("current-user")).toHaveCount(0);
    await theirContext.close();
  });

  test("the language switch shows Chinese", async ({ page, browser }) => {
    // A user of its own, so the demo accounts keep their language for the other tests.
    const email = `${uniqueKey("lang")}@example.test`;
    const created = await page.request.post("/api/v1/users", {
      data: { email, name: "Lang Tester", role: "VIEWER", password: PASSWORD, locale: "en" },
    });
    expect(created.status()).toBe(201);

    const context = await freshContext(browser);
    const theirs = await context.newPage();
    await signIn(theirs, email);
    await expect(theirs.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Systems" })).toBeVisible();

    await theirs.getByRole("combobox", { name: "Language" }).selectOption({ label: "简体中文" });
    const chineseNav = theirs.getByRole("navigation", { name: "主导航" });
    await expect(chineseNav.getByRole("link", { name: "系统", exact: true })).toBeVisible();

    await theirs.reload();
    await expect(chineseNav.getByRole("link", { name: "系统", exact: true })).toBeVisible();
    await expect(theirs.getByRole("combobox", { name: "语言" })).toHaveValue("zh-CN");
    await context.close();

    // Saved on the user, not only in this browser: another machine gets Chinese after signing in.
    const other = await freshContext(browser);
    const elsewhere = await other.newPage();
    await signIn(elsewhere, email);
    await expect(elsewhere.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "人员" })).toBeVisible();
    await other.close();
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateFor("VIEWER") });

  test("a viewer cannot reach /people/new and sees no admin controls", async ({ page }) => {
    await page.goto("/people/new");
    await expect(page).toHaveURL(/\/forbidden$/);

    await page.goto("/people");
    await expect(page.getByRole("table", { name: "People" })).toBeVisible();
    await expect(page.getByRole("link", { name: "New person" })).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: "Role" })).toHaveCount(0);

    await page.getByRole("searchbox", { name: "Search by name or email" }).fill("engineer@junction.local");
    // The search lands in the URL after a short pause; click only once the list shows its result.
    await expect(page).toHaveURL(/q=engineer/);
    await page.getByRole("link", { name: "Eve Engineer" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Eve Engineer" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Systems they own" })).toBeVisible();
    for (const control of ["Save role", "Deactivate", "Reactivate", "Reset password"]) {
      await expect(page.getByRole("button", { name: control })).toHaveCount(0);
    }
    await expect(page.getByRole("heading", { name: "Administration" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Change history" })).toHaveCount(0);
  });
});
