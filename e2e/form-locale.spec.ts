// A form checks its input with the API's own schemas before sending, and says what is wrong in the
// reader's language: the schemas' messages from the problem catalogue, zod's own in zod's words
// for the locale (a chunk a Chinese page loads, e2e/locale-bundle.spec.ts).
import { expect, test } from "@playwright/test";
import { newUserContext, storageStateFor } from "./helpers";

test.use({ storageState: storageStateFor("ADMIN") });

test("a Chinese engineer's new-system form refuses bad input in Chinese", async ({ browser, page: admin }) => {
  const context = await newUserContext(browser, admin, { role: "ENGINEER", locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/systems/new");
  await page.waitForLoadState("networkidle"); // zod's Chinese messages have arrived
  await page.getByRole("textbox", { name: "标识", exact: true }).fill("Not A Key!");
  await page.getByRole("button", { name: "保存" }).click();

  const field = (role: "textbox" | "combobox", name: string) => page.getByRole(role, { name, exact: true });
  await expect(field("textbox", "标识")).toHaveAttribute("aria-invalid", "true");
  await expect(field("textbox", "标识")).toHaveAccessibleDescription("2–63 位小写字母、数字或连字符，以字母或数字开头");
  await expect(field("textbox", "名称")).toHaveAccessibleDescription("必填");
  // The kind was left empty: zod's own message, in Chinese.
  await expect(field("combobox", "类型")).toHaveAccessibleDescription(/^无效选项：期望以下之一 "BUSINESS_APP"/);
  await context.close();
});
