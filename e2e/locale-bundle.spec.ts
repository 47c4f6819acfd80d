// The browser downloads one locale's dictionary: every script, document and RSC response a page
// loads holds the active locale's strings and none of the other's (issue 8; README "i18n").
import { expect, test, type Browser, type BrowserContext, type Page, type Response } from "@playwright/test";
import { storageStateFor, uniqueKey } from "./helpers";

// The tagline of each dictionary (lib/i18n/messages/*/common.ts): a string no other code holds.
const TAGLINE = { en: "The map of your systems and the interfaces between them", "zh-CN": "系统与接口的全景地图" } as const;
const PASSWORD = "a-long-enough-password";

type Download = { url: string; body: string };

/**
 * Everything the page downloads from the app as text, with \uXXXX escapes read as characters.
 * A body the browser already dropped (a prefetch the router let go, a page navigated away from)
 * is asked for again with the same request.
 */
function recordDownloads(page: Page): () => Promise<Download[]> {
  const downloads: Promise<Download>[] = [];
  const onResponse = (response: Response) => {
    if (!["document", "script", "fetch"].includes(response.request().resourceType()) || response.status() !== 200) return;
    const text = response.text().catch(() => page.context().request.fetch(response.request()).then((again) => again.text()));
    downloads.push(
      text.then((body) => ({ url: response.url(), body: body.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) })),
    );
  };
  page.on("response", onResponse);
  return () => {
    page.off("response", onResponse);
    return Promise.all(downloads);
  };
}

const holding = (downloads: Download[], text: string) => downloads.filter((d) => d.body.includes(text)).map((d) => d.url);

/** Opens the systems list, then the ownership page through the menu (a client-side navigation). */
async function browse(page: Page, nav: { name: string; systems: string; ownership: string }) {
  await page.goto("/systems");
  const menu = page.getByRole("navigation", { name: nav.name });
  await expect(menu.getByRole("link", { name: nav.systems, exact: true })).toBeVisible();
  await menu.getByRole("link", { name: nav.ownership, exact: true }).click();
  await expect(page).toHaveURL(/\/ownership/);
  await page.waitForLoadState("networkidle");
}

async function downloadsOf(context: BrowserContext, nav: Parameters<typeof browse>[1]) {
  const page = await context.newPage();
  const stop = recordDownloads(page);
  await browse(page, nav);
  const read = await stop();
  await page.close();
  return read;
}

/** A fresh browser (empty cache) signed in as a new viewer whose saved language is Chinese. */
async function chineseViewer(browser: Browser, admin: Page): Promise<BrowserContext> {
  const email = `${uniqueKey("zh")}@example.test`;
  const created = await admin.request.post("/api/v1/users", { data: { email, name: "Zh Reader", role: "VIEWER", password: PASSWORD, locale: "zh-CN" } });
  expect(created.status()).toBe(201);
  const signing = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await signing.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Zh Reader");
  // The sign-in page itself is in the browser's language; start over with only the session.
  const session = await signing.storageState();
  await signing.close();
  return browser.newContext({ storageState: session });
}

test.use({ storageState: storageStateFor("ADMIN") });

test("an English page downloads the English dictionary and no Chinese one", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  const downloads = await downloadsOf(context, { name: "Main navigation", systems: "Systems", ownership: "Ownership" });
  await context.close();
  expect(holding(downloads, TAGLINE.en).length).toBeGreaterThan(0);
  expect(holding(downloads, TAGLINE["zh-CN"])).toEqual([]);
});

test("a Chinese page downloads the Chinese dictionary and no English one", async ({ browser, page }) => {
  const context = await chineseViewer(browser, page);
  const downloads = await downloadsOf(context, { name: "主导航", systems: "系统", ownership: "归属健康" });
  await context.close();
  expect(holding(downloads, TAGLINE["zh-CN"]).length).toBeGreaterThan(0);
  expect(holding(downloads, TAGLINE.en)).toEqual([]);
});
