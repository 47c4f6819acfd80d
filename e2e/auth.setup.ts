// Signs in once per demo role through the real login page and keeps the session for the tests.
import { expect, test as setup } from "@playwright/test";
import { DEMO_USERS, storageStateFor } from "./helpers";

for (const [role, email] of Object.entries(DEMO_USERS)) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("junction-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("current-user")).toBeVisible();
    await page.context().storageState({ path: storageStateFor(role as keyof typeof DEMO_USERS) });
  });
}
