// Contracts as an engineer uses them: on an interface's page, a broken paste is refused on its
// line; petstore (the shared fixture, uploaded as a file) is attached and linted; a finding clicked
// highlights its line in the text; a changed version is attached and the comparison shows the
// breaking change first. A viewer reads the same section without a way to attach.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { readFixture } from "../server/contracts/shared-fixtures";
import { storageStateFor, uniqueKey } from "./helpers";

const PETSTORE = readFixture("openapi", "petstore-3.0.yaml");

async function post<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const res = await request.post(path, { data });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as T;
}

/** A team, two systems and a REST interface between them, through the API. */
async function createInterface(request: APIRequestContext): Promise<{ id: string; name: string }> {
  const team = await post<{ id: string }>(request, "/api/v1/teams", { key: uniqueKey("e2e-ct-team"), name: "E2E contracts team" });
  const system = () => post<{ id: string }>(request, "/api/v1/systems", { key: uniqueKey("e2e-ct-sys"), name: "E2E contracts system", kind: "BUSINESS_APP", layer: "BUSINESS", teamId: team.id });
  const [provider, consumer] = [await system(), await system()];
  const key = uniqueKey("e2e-ct-if");
  const name = `E2E pets API ${key}`;
  const created = await post<{ id: string }>(request, "/api/v1/interfaces", {
    key, name, style: "REST", mode: "SYNC", teamId: team.id, providerSystemId: provider.id, consumerSystemId: consumer.id,
  });
  return { id: created.id, name };
}

test.describe("as an engineer", () => {
  test.use({ storageState: storageStateFor("ENGINEER") });

  test("attaches petstore, follows a finding to its line, attaches a changed version and sees the breaking change", async ({ page }) => {
    const iface = await createInterface(page.request);
    await page.goto(`/interfaces/${iface.id}`);
    const section = page.getByTestId("contract-section");
    await expect(section.getByText("No contract is attached yet.")).toBeVisible();

    // A pasted copy with a broken line 17 is refused, naming the line.
    await section.getByRole("button", { name: "Attach contract" }).click();
    const dialog = page.getByRole("dialog", { name: "Attach a contract" });
    const lines = PETSTORE.split("\n");
    lines[16] = "        - name: limit: 10";
    await dialog.getByRole("textbox", { name: "Document" }).fill(lines.join("\n"));
    await dialog.getByRole("button", { name: "Attach" }).click();
    await expect(dialog.getByTestId("contract-parse-error")).toHaveText("Line 17, column 22: bad indentation of a mapping entry");

    // The fixture itself, as a file.
    await dialog.getByLabel("File").setInputFiles({ name: "petstore-3.0.yaml", mimeType: "application/yaml", buffer: Buffer.from(PETSTORE) });
    await expect(dialog.getByRole("textbox", { name: "Document" })).toHaveValue(PETSTORE);
    await dialog.getByRole("button", { name: "Attach" }).click();
    await expect(dialog).toBeHidden();
    await expect(section.getByText("Version 1 attached.")).toBeVisible();
    await expect(section.getByTestId("contract-operations").getByRole("row", { name: /GET \/pets\/\{petId\} showPetById/ })).toBeVisible();

    // The plain-HTTP server is an error on line 8: clicking it highlights that line, scrolled into view.
    const finding = section.getByRole("button", { name: "Line 8: Server http://petstore.swagger.io/v1 is not served over HTTPS" });
    await section.getByLabel("Severity").selectOption({ label: "Errors (2)" });
    await finding.click();
    await expect(finding).toHaveAttribute("aria-pressed", "true");
    const line8 = section.getByTestId("contract-text").locator('[data-line="8"]');
    await expect(line8).toHaveAttribute("data-highlighted", "true");
    await expect(line8).toContainText("url: http://petstore.swagger.io/v1");
    await expect(line8).toBeInViewport();
    await expect(section.getByTestId("contract-text").locator('[data-highlighted="true"]')).toHaveCount(1);

    // Version 2 drops POST /pets.
    await section.getByRole("button", { name: "Attach a new version" }).click();
    await dialog.getByRole("textbox", { name: "Document" }).fill(PETSTORE.replace("    post:\n      summary: Create a pet", "    x-post:\n      summary: Create a pet"));
    await dialog.getByRole("button", { name: "Attach" }).click();
    await expect(section.getByText("Version 2 attached.")).toBeVisible();
    await expect(section.getByTestId("contract-versions").getByRole("row")).toHaveCount(3); // header + 2 versions

    await section.getByLabel("Compare with…").selectOption({ label: "v1" });
    const compare = section.getByTestId("contract-compare");
    await expect(compare.getByRole("heading", { name: "Changes from version 1 to version 2" })).toBeVisible();
    await expect(compare.getByTestId("breaking-changes").getByRole("listitem")).toHaveText(["Operation removed POST /pets"]);
    await expect(compare.getByText("No other changes.")).toBeVisible();
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateFor("VIEWER") });

  test("reads an attached contract without a way to attach one", async ({ page, browser }) => {
    const engineer = await browser.newContext({ storageState: storageStateFor("ENGINEER") });
    const iface = await createInterface(engineer.request);
    const res = await engineer.request.put(`/api/v1/interfaces/${iface.id}/contracts`, { data: { text: PETSTORE } });
    expect(res.status()).toBe(201);
    await engineer.close();

    await page.goto(`/interfaces/${iface.id}`);
    const section = page.getByTestId("contract-section");
    await expect(section.getByTestId("contract-versions").getByRole("row")).toHaveCount(2);
    await expect(section.getByText("You can read the contract; engineers and admins attach versions.")).toBeVisible();
    await expect(section.getByRole("button", { name: /Attach/ })).toHaveCount(0);
    await expect(section.getByTestId("contract-findings").getByRole("listitem")).toHaveCount(10);
  });
});

test.describe("the shared error schema setting", () => {
  test.describe("as an admin", () => {
    test.use({ storageState: storageStateFor("ADMIN") });

    test("is changed inline on /standards, refused when empty", async ({ page }) => {
      await page.goto("/standards");
      const card = page.getByTestId("contract-settings");
      await expect(card).toContainText("Every 4xx/5xx response must use the shared error schema Problem.");
      await card.getByRole("button", { name: "Change: Shared error schema" }).click();
      const input = card.getByRole("textbox", { name: "Shared error schema" });
      await input.fill("   ");
      await input.press("Enter");
      await expect(card.getByRole("alert")).toBeVisible();
      await expect(input).toHaveAttribute("aria-invalid", "true");
      // The same value again (other tests lint with it): saved, and audited by the API.
      await input.fill("Problem");
      await card.getByRole("button", { name: "Save" }).click();
      await expect(card.getByRole("status")).toHaveText("Shared error schema saved.");
      await expect(card).toContainText("the shared error schema Problem.");
    });
  });

  test.describe("as a viewer", () => {
    test.use({ storageState: storageStateFor("VIEWER") });

    test("is read, not changed", async ({ page }) => {
      await page.goto("/standards");
      const card = page.getByTestId("contract-settings");
      await expect(card).toContainText("the shared error schema Problem.");
      await expect(card.getByRole("button", { name: /^Change/ })).toHaveCount(0);
    });
  });
});
