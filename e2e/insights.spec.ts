// Insights as people use them: an admin starts an initiative in the form and follows its progress;
// a viewer reads the compliance trend on /standards and on the dashboard, colours the map by
// standards level, and finds no way to start, change or delete an initiative. Every test builds
// its own team, systems and a standard scoped to that team.
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import pg from "pg";
import { storageStateFor, uniqueKey } from "./helpers";

type Ref = { id: string; key: string; name: string };

async function post<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const res = await request.post(path, { data });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as T;
}

/**
 * A team with two systems and a MUST standard scoped to it: "runbook linked". One system has a
 * runbook, the other not, so the second is at level None and the initiative's scope is half done.
 * Retired, so that of the default catalogue only a MAY on keys (which they pass) reaches them.
 */
async function teamWithStandard(admin: APIRequestContext) {
  const key = uniqueKey("e2e-ins");
  const team = await post<Ref>(admin, "/api/v1/teams", { key, name: `E2E Insights ${key}` });
  const system = (name: string, runbookUrl?: string) => post<Ref>(admin, "/api/v1/systems", {
    key: uniqueKey("e2e-ins-sys"), name: `${name} ${key}`, kind: "BUSINESS_APP", layer: "BUSINESS", lifecycle: "RETIRED", teamId: team.id, runbookUrl,
  });
  const done = await system("E2E Runbooked", "https://run.example.com/done");
  const left = await system("E2E Runbookless");
  await post(admin, "/api/v1/standards", {
    key: uniqueKey("e2e-ins-runbook"), category: "DOCUMENTATION", severity: "MUST", appliesTo: "SYSTEM", scope: { teamIds: [team.id] },
    check: { kind: "FIELD", match: "all", conditions: [{ field: "runbookUrl", op: "not_empty" }] },
    text: { en: { name: `E2E runbook linked ${key}` }, "zh-CN": { name: `已关联运维手册 ${key}` } },
  });
  return { team, done, left };
}

/** An API client signed in as the admin, for setting up what a viewer then reads. */
async function adminRequest(browser: Browser) {
  const context = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  return { context, request: context.request };
}

test.describe("as an admin", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("starts an initiative, follows its progress and what is left, then deletes it", async ({ page }) => {
    const { team, done, left } = await teamWithStandard(page.request);
    const name = `E2E ${team.key} systems at Silver`;

    await page.goto("/initiatives");
    await page.getByRole("link", { name: "New initiative" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New initiative" })).toBeVisible();
    // Nothing filled in: the form says what is missing before anything is sent.
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Some fields need attention.")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveAttribute("aria-invalid", "true");

    await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await page.getByLabel("Applies to").selectOption({ label: "Systems" });
    await page.getByLabel("Target level").selectOption({ label: "Silver" });
    await page.getByLabel("Deadline").fill("2027-03-31");
    await page.getByRole("combobox", { name: "Add a team" }).fill(team.key);
    await page.getByRole("option", { name: new RegExp(team.name) }).click();
    await page.getByRole("button", { name: "Save" }).click();

    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page).toHaveURL(/\/initiatives\/[^/]+$/);
    await expect(page.getByRole("progressbar", { name: "Now" })).toHaveAttribute("aria-valuenow", "50");
    await expect(page.getByText("1 of 2 at target").first()).toBeVisible();
    // Measured today only: no line yet, and the page says why.
    await expect(page.getByTestId("progress-one-day")).toBeVisible();
    await expect(page.getByTestId("initiative-teams")).toContainText(team.name);
    await expect(page.getByTestId("initiative-teams")).toContainText("1 left");
    const remaining = page.getByTestId("initiative-remaining");
    await expect(remaining.getByRole("link", { name: left.name })).toHaveAttribute("href", `/systems/${left.id}`);
    await expect(remaining.getByRole("link", { name: done.name })).toHaveCount(0);

    // The list shows it with its progress.
    await page.getByRole("link", { name: "All initiatives" }).click();
    await page.getByRole("searchbox", { name: "Search initiatives" }).fill(team.key);
    await expect(page).toHaveURL(new RegExp(`q=${team.key}`));
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "50");
    await expect(row).toContainText("Silver");

    await row.getByRole("link", { name }).click();
    await page.getByRole("button", { name: "Delete" }).click();
    const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
    await expect(dialog).toContainText("Its daily progress history goes with it.");
    await dialog.getByRole("button", { name: "Delete" }).click();
    await expect(page).toHaveURL(/\/initiatives$/);
    await page.getByRole("searchbox", { name: "Search initiatives" }).fill(team.key);
    await expect(page.getByText("No results match these filters.")).toBeVisible();
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateFor("VIEWER") });

  test("reads the trend on /standards and on the dashboard", async ({ page }) => {
    // The past cannot be made through the UI: yesterday's snapshot of a team of no one, written
    // as the daily snapshot would have, so the estate's trend has two days to draw.
    const url = process.env.JUNCTION_DATABASE_URL;
    if (!url) throw new Error("JUNCTION_DATABASE_URL is not set (npm test sets it)");
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    await db.query(`INSERT INTO "LevelSnapshot" ("day", "initiativeId", "subjectType", "teamId", "none", "bronze", "silver", "gold", "atTarget")
      VALUES (current_date - 1, '', 'INTERFACE', $1, 3, 1, 0, 0, 0), (current_date - 1, '', 'SYSTEM', $1, 2, 2, 0, 0, 0)
      ON CONFLICT DO NOTHING`, [uniqueKey("e2e-no-team")]);
    await db.end();

    await page.goto("/standards");
    const card = page.getByTestId("standards-trend");
    await expect(card.getByRole("heading", { level: 2, name: "Is compliance improving?" })).toBeVisible();
    await expect(card.getByTestId("trend-now")).toContainText(/Gold · \d+% Silver or better · \d+% of checks pass · Silver or better: \d+% → \d+% since/);
    await expect(card.getByTestId("trend-chart").locator("svg.recharts-surface")).toBeVisible();
    await card.getByRole("button", { name: "Systems" }).click();
    await expect(card.getByRole("button", { name: "Systems" })).toHaveAttribute("aria-pressed", "true");
    await expect(card.getByTestId("trend-chart").locator("svg.recharts-surface")).toBeVisible();

    await page.goto("/");
    const dashboard = page.getByRole("region", { name: "Is compliance improving?" });
    await expect(dashboard.getByTestId("trend-now")).toContainText(/Silver or better/);
    await expect(dashboard.getByTestId("trend-chart").locator("svg.recharts-surface")).toBeVisible();
  });

  test("colours the map by standards level, and cannot start or change an initiative", async ({ page, browser }) => {
    const admin = await adminRequest(browser);
    const { team, done, left } = await teamWithStandard(admin.request);
    const initiative = await post<{ id: string }>(admin.request, "/api/v1/initiatives", {
      name: `E2E ${team.key} read only`, appliesTo: "SYSTEM", scope: { teamIds: [team.id] }, targetLevel: "BRONZE", deadline: "2027-06-30",
    });
    await admin.context.close();

    await page.goto(`/topology?teamId=${team.id}`);
    await expect(page.getByTestId("map-system")).toHaveCount(2);
    await expect(page.getByTestId("map-system").first()).not.toHaveAttribute("data-level");
    await page.getByRole("button", { name: "Colour by standards level" }).click();
    await expect(page).toHaveURL(/colour=level/);
    await expect(page.getByRole("button", { name: "Colour by standards level" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("group", { name: "Standards level" })).toContainText("Gold");
    const node = (s: Ref) => page.getByTestId("map-system").filter({ hasText: s.name });
    // The MUST failing: None; all passing: Gold, each named on the node as well as coloured.
    await expect(node(left)).toHaveAttribute("data-level", "NONE");
    await expect(node(done)).toHaveAttribute("data-level", "GOLD");
    // Off again: the plain map, same nodes.
    await page.getByRole("button", { name: "Colour by standards level" }).click();
    await expect(page).not.toHaveURL(/colour=level/);
    await expect(node(left)).not.toHaveAttribute("data-level");

    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Initiatives" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Initiatives" })).toBeVisible();
    await expect(page.getByRole("link", { name: "New initiative" })).toHaveCount(0);
    await page.goto(`/initiatives/${initiative.id}`);
    await expect(page.getByRole("progressbar", { name: "Now" })).toHaveAttribute("aria-valuenow", "50");
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
    await page.goto("/initiatives/new");
    await expect(page).toHaveURL(/\/forbidden/);
  });
});
