// The manager dashboard as a viewer meets it: the landing page after sign-in, charts that open
// the lists behind them, nothing that changes anything, and tables that export to CSV.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, storageStateFor } from "./helpers";

/** Words of the controls that change records (new/add/edit/delete/assign/save and kin). */
const EDIT_WORDS = /\b(new|add|create|edit|delete|remove|assign|save|deactivate|hand over|confirm)\b/i;
/** Links to a record's own page carry its name, which may be anything: judged by address instead. */
const RECORD_PAGE = /^\/(systems|interfaces|teams|people)\/[^/?]+$/;
/** Pages that change something. */
const EDIT_PAGE = /\/(new|edit|bulk-assign)(\/|\?|$)/;

async function expectCharts(page: Page) {
  await expect(page.getByRole("heading", { level: 2, name: "Systems by layer" })).toBeVisible({ timeout: 60_000 });
  // recharts draws each chart as an <svg class="recharts-surface">.
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  expect(await page.locator("svg.recharts-surface").count()).toBeGreaterThanOrEqual(8);
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
}

test("a viewer lands on the dashboard after signing in and sees its charts", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO_USERS.VIEWER);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Victor Viewer");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expectCharts(page);
  for (const figure of ["Systems", "Interfaces", "Teams", "Active people", "Ownership score"]) {
    await expect(page.getByRole("main").getByRole("link", { name: new RegExp(`^${figure} [0-9—…]`) })).toBeVisible();
  }
  await context.close();
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateFor("VIEWER") });

  test("finds no control anywhere on the dashboard that would change something", async ({ page }) => {
    await page.goto("/");
    await expectCharts(page);
    await expect(page.getByRole("heading", { level: 2, name: "Riskiest systems" })).toBeVisible();

    // Buttons on the page itself: print and the CSV exports only (the filter is a combobox).
    const main = page.getByRole("main");
    const buttons = await main.getByRole("button").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? e.textContent?.trim() ?? ""));
    expect(buttons).toContain("Print");
    expect(buttons.filter((name) => !/^(Print|Export CSV: .+)$/.test(name))).toEqual([]);
    await expect(main.getByRole("combobox", { name: "Team" })).toBeVisible();
    await expect(main.getByRole("textbox")).toHaveCount(0);
    await expect(main.getByRole("checkbox")).toHaveCount(0);

    // Nowhere on the page (header included): no edit-like button, and no link to a form.
    const pageButtons = await page.getByRole("button").allInnerTexts();
    expect(pageButtons.filter((name) => EDIT_WORDS.test(name))).toEqual([]);
    const links = await page.getByRole("link").evaluateAll((els) =>
      els.map((a) => ({ name: (a.getAttribute("aria-label") ?? a.textContent ?? "").trim(), href: new URL((a as HTMLAnchorElement).href).pathname })),
    );
    expect(links.filter((l) => EDIT_PAGE.test(l.href))).toEqual([]);
    expect(links.filter((l) => !RECORD_PAGE.test(l.href) && EDIT_WORDS.test(l.name))).toEqual([]);
  });

  test("a bar opens the list behind it", async ({ page }) => {
    await page.goto("/");
    await expectCharts(page);
    const bars = page.getByRole("region", { name: "Systems by layer" }).locator(".recharts-bar-rectangle");
    // Bars run in the layers' order (the demo estate has systems in each). The tallest is clicked:
    // once other tests have imported thousands of systems, a short bar can sit under the axis line.
    const layers = ["PRESENTATION", "BUSINESS", "DATA", "INFRASTRUCTURE"];
    await expect(bars).toHaveCount(layers.length);
    const heights = await bars.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    const tallest = heights.indexOf(Math.max(...heights));
    await bars.nth(tallest).click();
    await expect(page).toHaveURL(new RegExp(`/systems\\?layer=${layers[tallest]}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Systems" })).toBeVisible();
  });

  test("exports a table as CSV with its header row, readable by Excel", async ({ page }) => {
    await page.goto("/");
    await expectCharts(page);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV: Teams by load" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^teams-by-load-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await file.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const [header, first] = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(header).toBe("Team,Active members,Systems in use,Tier weight,Load per member");
    expect(first.split(",")).toHaveLength(5);
  });
});
