// The catalog as people use it: an engineer maps two systems and the interface between them, a
// viewer reads the map without being offered any way to change it.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor, uniqueKey, pick } from "./helpers";

/** Creates a system over the API (for setup only; the UI path is tested below). */
async function createSystem(request: APIRequestContext, name: string) {
  const key = uniqueKey("e2e-sys");
  const res = await request.post("/api/v1/systems", { data: { key, name, kind: "BUSINESS_APP", layer: "BUSINESS" } });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: string; key: string; name: string };
}


test.describe("as an engineer", () => {
  test.use({ storageState: storageStateFor("ENGINEER") });

  test("maps two systems and an interface, edits it, and finds it everywhere", async ({ page }) => {
    const systemName = `E2E Orders ${uniqueKey("x")}`;
    const systemKey = uniqueKey("e2e-orders");

    // Create a system through the form; a bad key is refused inline first.
    await page.goto("/systems");
    await page.getByRole("link", { name: "New system" }).click();
    await page.getByRole("textbox", { name: "Name", exact: true }).fill(systemName);
    await page.getByRole("textbox", { name: "Key", exact: true }).fill("Not A Key!");
    await page.getByRole("combobox", { name: "Kind", exact: true }).selectOption("BUSINESS_APP");
    await page.getByRole("combobox", { name: "Layer", exact: true }).selectOption("BUSINESS");
    await page.getByRole("button", { name: "Save" }).click();
    const keyField = page.getByRole("textbox", { name: "Key", exact: true });
    await expect(keyField).toHaveAttribute("aria-invalid", "true");
    await expect(keyField).toBeFocused();
    await expect(page.getByText(/lowercase letters, digits or hyphens/)).toBeVisible();
    await keyField.fill(systemKey);
    const dashboard = `https://grafana.example.test/d/${systemKey}`;
    await page.getByRole("textbox", { name: "Monitoring dashboard", exact: true }).fill(dashboard);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("heading", { level: 1, name: systemName })).toBeVisible();
    await expect(page.getByText(systemKey, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: dashboard })).toHaveAttribute("href", dashboard);

    // A second system to connect to (set up over the API with the same session).
    const billing = await createSystem(page.request, `E2E Billing ${uniqueKey("x")}`);

    // New outbound interface from the system's page: the provider is already picked.
    await page.getByRole("link", { name: "New outbound interface" }).click();
    await expect(page.getByRole("combobox", { name: "Provider", exact: true })).toHaveValue(systemName);
    await pick(page, "Consumer", billing.key, billing.name);
    const interfaceName = `E2E order events ${uniqueKey("x")}`;
    const interfaceKey = uniqueKey("e2e-if");
    await page.getByRole("textbox", { name: "Name", exact: true }).fill(interfaceName);
    await page.getByRole("textbox", { name: "Key", exact: true }).fill(interfaceKey);
    await page.getByRole("combobox", { name: "Style", exact: true }).selectOption("MESSAGE_QUEUE");
    await expect(page.getByRole("combobox", { name: "Mode", exact: true })).toHaveValue("ASYNC");
    await page.getByRole("textbox", { name: "Endpoint", exact: true }).fill("orders.created");
    await page.getByRole("button", { name: "Save" }).click();

    // Its page names both ends as links.
    await expect(page.getByRole("heading", { level: 1, name: interfaceName })).toBeVisible();
    await expect(page.getByRole("link", { name: systemName })).toBeVisible();
    await expect(page.getByRole("link", { name: billing.name })).toBeVisible();

    // Nothing about its reliability was said yet: the page says so rather than "No".
    const reliabilityCard = page.locator("section").filter({ has: page.getByRole("heading", { name: "Reliability", exact: true }) });
    await expect(reliabilityCard.getByText("Not recorded", { exact: true })).toHaveCount(5);

    // Edit: only the changed fields go out; the page and its history show the change. The
    // reliability facts are a group of their own; the yes/no/unknown ones are selects, so the
    // keyboard alone sets them.
    await page.getByRole("link", { name: "Edit" }).click();
    await page.getByRole("textbox", { name: "Endpoint", exact: true }).fill("orders.created.v2");
    const reliability = page.getByRole("group", { name: "Reliability" });
    await reliability.getByRole("combobox", { name: "Delivery guarantee", exact: true }).selectOption({ label: "At least once" });
    const idempotent = reliability.getByRole("combobox", { name: "Idempotent", exact: true });
    await expect(idempotent).toHaveValue("");
    await idempotent.focus();
    await page.keyboard.press("ArrowDown");
    await expect(idempotent).toHaveValue("yes");
    await reliability.getByRole("textbox", { name: "Retry policy", exact: true }).fill("5 attempts, exponential backoff from 1 s");
    await reliability.getByRole("textbox", { name: "Dead-letter queue", exact: true }).fill("orders.dlq");
    await reliability.getByRole("combobox", { name: "TLS in transit", exact: true }).selectOption({ label: "No" });
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("heading", { level: 1, name: interfaceName })).toBeVisible();
    await expect(page.getByText("orders.created.v2", { exact: true }).first()).toBeVisible();
    for (const shown of ["At least once", "Yes", "5 attempts, exponential backoff from 1 s", "orders.dlq", "No"]) {
      await expect(reliabilityCard.getByText(shown, { exact: true })).toBeVisible();
    }
    await expect(reliabilityCard.getByText("Not recorded", { exact: true })).toHaveCount(0);
    const history = page.getByRole("list", { name: "Change history" });
    await expect(history.getByText("Updated", { exact: true })).toBeVisible();
    await expect(history.getByText("Created", { exact: true })).toBeVisible();
    await expect(history.getByRole("row", { name: /Dead-letter queue/ })).toContainText("orders.dlq");
    await expect(history.getByRole("row", { name: /Delivery guarantee/ })).toContainText("At least once");
    await expect(history.getByRole("row", { name: /TLS in transit/ })).toContainText("No");

    // Both are found by search in their lists.
    await page.goto("/interfaces");
    await page.getByRole("searchbox", { name: "Search interfaces" }).fill(interfaceKey);
    await expect(page).toHaveURL(new RegExp(`q=${interfaceKey}`));
    await expect(page.getByRole("link", { name: interfaceName })).toBeVisible();
    await page.goto("/systems");
    await page.getByRole("searchbox", { name: "Search systems" }).fill(systemKey);
    await expect(page).toHaveURL(new RegExp(`q=${systemKey}`));
    await expect(page.getByRole("table", { name: "Systems" }).getByRole("row")).toHaveCount(2);
    await page.getByRole("link", { name: systemName }).click();

    // The system's page lists the interface as outbound, and its own history.
    const outbound = page.getByRole("table", { name: "Outbound interfaces" });
    await expect(outbound.getByRole("link", { name: interfaceName })).toBeVisible();
    await expect(page.getByRole("list", { name: "Change history" }).getByText("Created", { exact: true })).toBeVisible();
  });

  test("a search with no match offers to clear the filters", async ({ page }) => {
    await page.goto(`/systems?q=${uniqueKey("nothing-like-this")}`);
    await expect(page.getByText("No results match these filters.")).toBeVisible();
    await page.getByRole("button", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(/\/systems$/);
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateFor("VIEWER") });

  test("sees the map but no controls to change it", async ({ page, playwright, baseURL }) => {
    const engineer = await playwright.request.newContext({ baseURL, storageState: storageStateFor("ENGINEER") });
    const system = await createSystem(engineer, `E2E Read only ${uniqueKey("x")}`);
    await engineer.dispose();

    await page.goto("/systems");
    await expect(page.getByRole("heading", { level: 1, name: "Systems" })).toBeVisible();
    await expect(page.getByRole("link", { name: "New system" })).toHaveCount(0);

    await page.goto(`/systems/${system.id}`);
    await expect(page.getByRole("heading", { level: 1, name: system.name })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /New (inbound|outbound) interface/ })).toHaveCount(0);

    await page.goto("/interfaces");
    await expect(page.getByRole("link", { name: "New interface" })).toHaveCount(0);
    await page.goto("/teams");
    await expect(page.getByRole("link", { name: "New team" })).toHaveCount(0);

    // The forms themselves are refused, not just hidden.
    await page.goto("/systems/new");
    await expect(page).toHaveURL(/\/forbidden/);

    // And so is a direct call to the API with the viewer's own session.
    const create = await page.request.post("/api/v1/systems", {
      data: { key: uniqueKey("viewer-made"), name: "Should not exist", kind: "OTHER", layer: "DATA" },
    });
    expect(create.status()).toBe(403);
    expect(create.headers()["content-type"]).toContain("application/problem+json");
    const remove = await page.request.delete(`/api/v1/systems/${system.id}`);
    expect(remove.status()).toBe(403);
    expect((await page.request.get(`/api/v1/systems/${system.id}`)).status()).toBe(200);
  });
});
