// The app works under its Content-Security-Policy: the main pages load, hydrate and run (the map
// lays itself out in its Web Worker) without a single policy violation or console error.
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./helpers";

/** Collects policy violations (reported by the page itself) and console errors from now on. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => problems.push(`violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

async function visit(page: Page, path: string, ready: () => Promise<void>) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  expect(response?.headers()["content-security-policy"], path).toContain("'strict-dynamic'");
  await ready();
  await page.waitForLoadState("networkidle");
}

test("the sign-in page runs under the policy", async ({ page }) => {
  const problems = await watch(page);
  await visit(page, "/login", () => expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled());
  expect(problems).toEqual([]);
});

test.describe("signed in", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("the main pages run under the policy, the map's layout worker included", async ({ page }) => {
    test.setTimeout(300_000); // eleven pages and the map twice, once laying out the whole demo estate
    const problems = await watch(page);
    const heading = () => expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await visit(page, "/", heading);
    await visit(page, "/systems", () => expect(page.getByRole("row").nth(1)).toBeVisible());
    const systems = await (await page.request.get("/api/v1/systems?pageSize=1")).json();
    await visit(page, `/systems/${systems.items[0].id}`, heading);
    // Lanes are always laid out in the browser (never stored on the server), so the nodes are
    // placed by the worker: drawn means it loaded and ran. The plain map, with its preloaded data.
    await visit(page, "/topology?lanes=layer", () => expect(page.locator(".react-flow__node-lane").first()).toBeVisible({ timeout: 60_000 }));
    await visit(page, "/topology", () => expect(page.locator(".react-flow__node").first()).toBeVisible({ timeout: 60_000 }));
    await visit(page, "/api-docs", heading);
    await visit(page, "/audit?entityType=SECURITY", () => expect(page.getByRole("row").nth(1)).toBeVisible());
    await visit(page, "/ownership", heading);
    // The standards area draws a recharts chart and a wide matrix; the waivers list reads /me.
    await visit(page, "/standards", () => expect(page.getByRole("row").nth(1)).toBeVisible());
    await visit(page, "/compliance", () => expect(page.getByTestId("compliance-matrix")).toBeVisible());
    await visit(page, "/waivers", heading);
    expect(problems).toEqual([]);
  });
});
