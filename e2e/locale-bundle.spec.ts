// The browser downloads one locale's dictionary: every script, document and RSC response a page
// loads holds the active locale's strings and none of the other's (issue 8; README "i18n").
import { expect, test, type BrowserContext, type Page, type Response } from "@playwright/test";
import { newUserContext, storageStateFor } from "./helpers";

// The tagline of each dictionary (lib/i18n/messages/*/common.ts): a string no other code holds.
const TAGLINE = { en: "The map of your systems and the interfaces between them", "zh-CN": "系统与接口的全景地图" } as const;
// A field message of each problem catalogue (lib/i18n/problems/*.ts), handed to forms with the dictionary.
const FIELD_MESSAGE = { en: "deactivated people cannot own records", "zh-CN": "已停用的人员不能担任负责人" } as const;
// zod's own Chinese messages (zod/v4/locales/zh-CN.js): a chunk only Chinese pages load. zod's
// English ones are zod's default, part of its core on every page.
const ZOD_CHINESE = "数值过小";

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

test.use({ storageState: storageStateFor("ADMIN") });

test("an English page downloads the English dictionary and no Chinese one", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  const downloads = await downloadsOf(context, { name: "Main navigation", systems: "Systems", ownership: "Ownership" });
  await context.close();
  expect(holding(downloads, TAGLINE.en).length).toBeGreaterThan(0);
  expect(holding(downloads, TAGLINE["zh-CN"])).toEqual([]);
  expect(holding(downloads, FIELD_MESSAGE.en).length).toBeGreaterThan(0);
  expect(holding(downloads, FIELD_MESSAGE["zh-CN"])).toEqual([]);
  expect(holding(downloads, ZOD_CHINESE)).toEqual([]);
});

test("a Chinese page downloads the Chinese dictionary and no English one", async ({ browser, page }) => {
  const context = await newUserContext(browser, page, { role: "VIEWER", locale: "zh-CN" });
  const downloads = await downloadsOf(context, { name: "主导航", systems: "系统", ownership: "归属健康" });
  await context.close();
  expect(holding(downloads, TAGLINE["zh-CN"]).length).toBeGreaterThan(0);
  expect(holding(downloads, TAGLINE.en)).toEqual([]);
  expect(holding(downloads, FIELD_MESSAGE["zh-CN"]).length).toBeGreaterThan(0);
  expect(holding(downloads, FIELD_MESSAGE.en)).toEqual([]);
  expect(holding(downloads, ZOD_CHINESE).length).toBeGreaterThan(0);
});
