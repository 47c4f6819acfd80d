// A form checks its input with the API's own schemas before sending, and says what is wrong in the
// reader's language: the schemas' messages from the problem catalogue, zod's own in zod's words
// for the locale (a chunk a Chinese page loads after hydration, e2e/locale-bundle.spec.ts).
import { expect, test } from "@playwright/test";
import { newUserContext, storageStateFor } from "./helpers";

test.use({ storageState: storageStateFor("ADMIN") });

test("a Chinese engineer's new-system form refuses bad input in Chinese", async ({ browser, page: admin }) => {
  const context = await newUserContext(browser, admin, { role: "ENGINEER", locale: "zh-CN" });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on("pageerror", (error) => pageErrors.push(error));
  const zodChinese = page.waitForResponse(async (r) => r.request().resourceType() === "script" && (await r.text()).includes("数值过小"));
  await page.goto("/systems/new");
  await zodChinese;

  const field = (role: "textbox" | "combobox", name: string) => page.getByRole(role, { name, exact: true });
  await field("textbox", "标识").fill("Not A Key!");
  // Submitted again until the chunk has run (it arrives after hydration, as for a person).
  await expect(async () => {
    await page.getByRole("button", { name: "保存" }).click();
    // The kind was left empty: zod's own message, in Chinese.
    await expect(field("combobox", "类型")).toHaveAccessibleDescription(/^无效选项：期望以下之一 "BUSINESS_APP"/, { timeout: 1000 });
  }).toPass();
  await expect(field("textbox", "标识")).toHaveAttribute("aria-invalid", "true");
  await expect(field("textbox", "标识")).toHaveAccessibleDescription("2–63 位小写字母、数字或连字符，以字母或数字开头");
  await expect(field("textbox", "名称")).toHaveAccessibleDescription("必填");
  expect(pageErrors).toEqual([]);
  await context.close();
});
