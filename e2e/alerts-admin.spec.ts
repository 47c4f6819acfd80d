// The alerts admin pages as an engineer uses them: a silence with two matchers (the live preview
// counts the alert it will hold), listed and expired; a weekly maintenance window; an unmapped
// label value mapped to a system, its alert leaving the unmapped list. A viewer reads them with no
// create or map buttons, and no rejected-deliveries log.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { pick, storageStateFor, uniqueKey } from "./helpers";

async function post<T>(request: APIRequestContext, path: string, data: unknown, status = 201): Promise<T> {
  const res = await request.post(path, { data });
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

test("an engineer silences, schedules maintenance and maps an unmapped alert; a viewer only reads", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const key = uniqueKey("e2e-admin");
  const admin = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  const system = await post<{ id: string; key: string; name: string }>(admin.request, "/api/v1/systems", {
    key, name: `E2E Billing ${key}`, kind: "BUSINESS_APP", layer: "BUSINESS", tier: 2,
  });
  const token = await post<{ secret: string }>(admin.request, "/api/v1/ingestion/tokens", { name: `monitor ${key}`, scope: "INGEST" });
  await admin.close();

  // Two alerts from a monitor: one on the system, one whose service label no rule knows.
  const monitor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token.secret}` } });
  const event = { action: "trigger", source: "e2e-monitor", severity: "warning" };
  await post(monitor, "/api/v1/alerts/events", { ...event, dedupKey: `${key}-a`, summary: `Disk full ${key}`, labels: { junction_system: system.key, alertname: `DiskFull${key}` } }, 202);
  const service = `billing-svc-${key}`;
  await post(monitor, "/api/v1/alerts/events", { ...event, dedupKey: `${key}-b`, summary: `Queue stuck ${key}`, labels: { service, alertname: "QueueStuck" } }, 202);

  const page = await (await browser.newContext({ storageState: storageStateFor("ENGINEER") })).newPage();

  // A silence with two matchers: the preview counts the one open alert they match.
  await page.goto("/alerts/silences");
  await expect(page.getByRole("link", { name: "Silences", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "New silence" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Label 1", exact: true }).fill("alertname");
  await dialog.getByRole("textbox", { name: "Value 1", exact: true }).fill(`DiskFull${key}`);
  await dialog.getByRole("button", { name: "Add matcher" }).click();
  await dialog.getByRole("textbox", { name: "Label 2", exact: true }).fill("junction_system");
  await dialog.getByRole("combobox", { name: "Operator 2", exact: true }).selectOption("=~");
  await dialog.getByRole("textbox", { name: "Value 2", exact: true }).fill(`${key}|nothing-else`);
  await expect(dialog.getByText("1 open alert matches now")).toBeVisible();
  await dialog.getByRole("combobox", { name: "Ends after" }).selectOption("4");
  await dialog.getByRole("textbox", { name: "Comment" }).fill(`Disk swap ${key}`);
  await dialog.getByRole("button", { name: "Create silence" }).click();
  await expect(page.getByText("Silence created.")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: `Disk swap ${key}` });
  await expect(row).toContainText(`alertname="DiskFull${key}"`);
  await expect(row).toContainText(`junction_system=~"${key}|nothing-else"`);
  await expect(row).toContainText("Eve Engineer");
  await expect(row).toContainText(/ends in (3|4) hours/);

  // Expired: it leaves the active list and shows under Expired.
  await row.getByRole("button", { name: "Expire" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Expire" }).click();
  await expect(page.getByText("Silence expired.")).toBeVisible();
  await expect(row).toHaveCount(0);
  await page.getByRole("button", { name: "Expired", exact: true }).click();
  await expect(page.getByRole("row").filter({ hasText: `Disk swap ${key}` })).toContainText("ended");

  // A weekly maintenance window on the system.
  await page.getByRole("link", { name: "Maintenance", exact: true }).click();
  await page.getByRole("button", { name: "New window" }).click();
  const form = page.getByRole("dialog");
  await pick(page, "System", key, system.name, form);
  await form.getByRole("combobox", { name: "Kind" }).selectOption("WEEKLY");
  await form.getByRole("combobox", { name: "Weekday" }).selectOption({ label: "Tuesday" });
  await form.getByLabel("Start time").fill("02:00");
  await form.getByRole("spinbutton", { name: "Duration (minutes)" }).fill("120");
  await form.getByRole("textbox", { name: "Time zone" }).fill("Asia/Shanghai");
  await form.getByRole("button", { name: "Create window" }).click();
  await expect(page.getByText("Maintenance window created.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: system.name })).toContainText("every Tuesday 02:00–04:00 Asia/Shanghai");

  // The unmapped service value, mapped to the system: its alert is processed and leaves the list.
  await page.getByRole("link", { name: "Mapping", exact: true }).click();
  const unmapped = page.getByRole("row").filter({ hasText: `service = ${service}` });
  await expect(unmapped.getByRole("cell").nth(1)).toHaveText("1");
  await unmapped.getByRole("button", { name: /^Map to…/ }).click();
  await pick(page, "System", key, system.name, page.getByRole("dialog"));
  await page.getByRole("dialog").getByRole("button", { name: "Map", exact: true }).click();
  await expect(page.getByText("1 waiting alert mapped")).toBeVisible();
  await expect(unmapped).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Mapping rules" }).getByRole("row").filter({ hasText: service })).toContainText(system.name);
  await expect(page.getByRole("heading", { name: "Rejected deliveries" })).toBeVisible();
  const mappedAlert = (await (await page.request.get(`/api/v1/alerts?view=FIRING,ACKNOWLEDGED,RESOLVED,SUPPRESSED&q=${encodeURIComponent(`Queue stuck ${key}`)}`)).json()).items[0];
  expect(mappedAlert.system.id).toBe(system.id);

  // A viewer reads the three pages with nothing to change them with.
  const viewerContext = await browser.newContext({ storageState: storageStateFor("VIEWER") });
  const viewer = await viewerContext.newPage();
  await viewer.goto("/alerts/silences");
  await expect(viewer.getByText("You can read these; engineers and admins change them.")).toBeVisible();
  await expect(viewer.getByRole("button", { name: "New silence" })).toHaveCount(0);
  await viewer.goto("/alerts/maintenance");
  await expect(viewer.getByRole("row").filter({ hasText: system.name })).toContainText("every Tuesday");
  await expect(viewer.getByRole("button", { name: "New window" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await viewer.goto("/alerts/mapping");
  await expect(viewer.getByRole("heading", { name: "Mapping rules" })).toBeVisible();
  await expect(viewer.getByRole("button", { name: /^Map to…/ })).toHaveCount(0);
  await expect(viewer.getByRole("heading", { name: "Rejected deliveries" })).toHaveCount(0);

  await monitor.dispose();
  await viewerContext.close();
});
