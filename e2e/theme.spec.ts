// Light, dark and system themes as a person uses them: the header switch, remembered across
// reloads, drawn by the server (no flash of the wrong theme), and "system" following the OS.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageStateFor } from "./helpers";

test.use({ storageState: storageStateFor("VIEWER") });

/** Relative luminance (0 black … 1 white) of an element's computed background, whatever colour syntax the browser reports. */
async function backgroundLuminance(target: Locator): Promise<number> {
  return target.evaluate((el) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d")!;
    ctx.fillStyle = getComputedStyle(el).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });
}

const html = (page: Page) => page.locator("html");
const themeSelect = (page: Page) => page.getByRole("banner").getByLabel("Theme");

async function expectDark(page: Page) {
  await expect(html(page)).toHaveClass(/\bdark\b/);
  expect(await backgroundLuminance(html(page))).toBeLessThan(0.05);
  // A bg-white surface turns dark too: the palette, not only the page behind it.
  expect(await backgroundLuminance(page.getByRole("banner"))).toBeLessThan(0.05);
}

async function expectLight(page: Page) {
  await expect(html(page)).not.toHaveClass(/\bdark\b/);
  expect(await backgroundLuminance(html(page))).toBeGreaterThan(0.9);
  expect(await backgroundLuminance(page.getByRole("banner"))).toBeGreaterThan(0.9);
}

test("the header switch turns the app dark, remembers it, and turns it light again", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/systems");
  await expect(page.getByTestId("current-user")).toBeVisible();

  await themeSelect(page).selectOption({ label: "Dark" });
  await expectDark(page);

  await page.reload();
  await expect(themeSelect(page)).toHaveValue("dark");
  await expectDark(page);
  // Rendered dark by the server, before any script runs: no flash of light on load.
  const served = await (await page.request.get("/systems")).text();
  expect(served).toMatch(/<html[^>]*class="dark"/);

  await themeSelect(page).selectOption({ label: "Light" });
  await expectLight(page);
  await page.reload();
  await expect(themeSelect(page)).toHaveValue("light");
  await expectLight(page);
});

test("System follows the operating system, also when it changes", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await themeSelect(page).selectOption({ label: "System" });
  await expectDark(page);

  await page.emulateMedia({ colorScheme: "light" });
  await expectLight(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectDark(page);
});

test("System on a dark OS is dark before the app's JavaScript runs", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "junction-theme", value: "system", url: baseURL! }]);
  await page.emulateMedia({ colorScheme: "dark" });
  // Without the app's bundles nothing hydrates: only the inline script in <head> can set the class.
  await page.route(/\/_next\/static\/.*\.js/, (route) => route.abort());
  await page.goto("/");
  await expect(html(page)).toHaveClass(/\bdark\b/);
  expect(await backgroundLuminance(html(page))).toBeLessThan(0.05);
});
