// An admin sets up ingestion as a person would: a machine token whose secret is shown once and
// then works against the API, revoked after a confirmation; a webhook source likewise. Others
// neither see the page in their settings nor may open it.
import { expect, test } from "@playwright/test";
import { storageStateFor, uniqueKey } from "./helpers";

test.describe("as an admin", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("creates an ingestion token, sees its secret once, and revokes it after a confirmation", async ({ page, playwright }) => {
    const name = uniqueKey("prom-bridge");
    await page.goto("/settings/profile");
    await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Ingestion" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ingestion" })).toBeVisible();

    const tokens = page.getByRole("region", { name: "Machine tokens" });
    await tokens.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await tokens.getByRole("combobox", { name: "Can", exact: true }).selectOption({ label: "Send health data" });
    await tokens.getByRole("button", { name: "Create token" }).click();
    const secretBox = page.getByRole("textbox", { name: `Token secret for ${name}`, exact: true });
    await expect(secretBox).toHaveValue(/^jct_/);
    await expect(page.getByRole("button", { name: /Copy/ })).toBeVisible();
    const secret = await secretBox.inputValue();

    // The secret works for ingestion and for nothing else.
    const machine = await playwright.request.newContext({ baseURL: page.url(), extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
    expect((await machine.post("/api/v1/health/signals", { data: { samples: [] } })).status()).toBe(422);
    expect((await machine.get("/api/v1/systems")).status()).toBe(403);

    await page.getByRole("button", { name: "I have copied it" }).click();
    await expect(secretBox).toHaveCount(0);
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row).toContainText("Send health data");
    await row.getByRole("button", { name: `Revoke: ${name}` }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(`Revoke the token ${name}?`);
    await dialog.getByRole("button", { name: "Revoke" }).click();
    await expect(row).toContainText("Revoked");
    expect((await machine.post("/api/v1/health/signals", { data: { samples: [] } })).status()).toBe(401);
    await machine.dispose();
  });

  test("creates a webhook source and is shown its signing secret once", async ({ page }) => {
    const name = uniqueKey("airflow");
    await page.goto("/settings/ingestion");
    const sources = page.getByRole("region", { name: "Webhook sources" });
    await sources.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await sources.getByRole("button", { name: "Create source" }).click();
    await expect(page.getByRole("heading", { name: "Copy the signing secret now" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: `Token secret for ${name}`, exact: true })).toHaveValue(/^jcs_/);
    await page.getByRole("button", { name: "I have copied it" }).click();
    await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Active");
  });
});

test.describe("as an engineer", () => {
  test.use({ storageState: storageStateFor("ENGINEER") });

  test("has no ingestion page", async ({ page }) => {
    await page.goto("/settings/profile");
    const sections = page.getByRole("navigation", { name: "Settings sections" });
    await expect(sections.getByRole("link", { name: "API tokens" })).toBeVisible();
    await expect(sections.getByRole("link", { name: "Ingestion" })).toHaveCount(0);
    await page.goto("/settings/ingestion");
    await expect(page).toHaveURL(/\/forbidden/);
  });
});
