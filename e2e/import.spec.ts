// Importing a Backstage catalog as people do it: an engineer picks catalog files from the example
// catalog (and pastes one more component), reviews the dry run, applies it after a confirmation,
// and finds the systems on the map. A viewer gets the page read-only, and the API refuses them.
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { storageStateFor, uniqueKey } from "./helpers";

// ../shared beside the checkout (CI, main), or two levels up from a worktree under wt/.
const examples = ["..", "../.."].map((up) => path.resolve(process.cwd(), up, "shared/fixtures/backstage-examples")).find((dir) => existsSync(dir))
  ?? "../shared/fixtures/backstage-examples";
// The org (groups, users, its Location) as a folder; the artist-lookup component, its database, system and domain as files.
const ORG_FOLDER = path.join(examples, "acme");
const FILES = ["components/artist-lookup-component.yaml", "resources/artists-db-resource.yaml", "systems/artist-engagement-portal-system.yaml", "domains/artists-domain.yaml"]
  .map((f) => path.join(examples, f));

/** A component of this run's own, owned by team-a and depending on artist-lookup: always new, so there is always something to apply. */
const pasted = (name: string) => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
  title: E2E ${name}
spec:
  type: service
  lifecycle: production
  owner: team-a
  dependsOn: ['component:artist-lookup']
`;

test.describe("as an engineer", () => {
  test.use({ storageState: storageStateFor("ENGINEER") });

  test("uploads catalog files, reviews the dry run, applies it and finds the systems on the map", async ({ page }) => {
    const name = uniqueKey("e2e-catalog");
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Import" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import and export" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Backstage catalog" })).toHaveAttribute("aria-current", "page");

    // Nothing chosen yet: the preview says what is missing instead of asking the server.
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Choose a file or paste YAML first." })).toBeVisible();

    await page.getByTestId("folder-input").setInputFiles(ORG_FOLDER);
    await expect(page.getByText("acme/org.yaml", { exact: true })).toBeVisible();
    await page.getByTestId("file-input").setInputFiles(FILES);
    for (const f of FILES) await expect(page.getByText(path.basename(f), { exact: true })).toBeVisible();
    await page.getByRole("textbox", { name: "Or paste YAML" }).fill(pasted(name));
    await page.getByRole("button", { name: "Preview the import" }).click();

    // The dry run: counts per kind, the changes (searchable), problems with file:line. Nothing written yet.
    await expect(page.getByText("Preview (nothing written yet)")).toBeVisible();
    const counts = page.getByTestId("import-counts");
    await expect(counts.getByRole("row", { name: /^Systems/ })).toBeVisible();
    const changes = page.getByRole("region", { name: /Preview/ }).getByRole("table", { name: "Planned changes per record" });
    await page.getByRole("combobox", { name: "Kind" }).selectOption("Systems");
    await page.getByRole("searchbox", { name: "Search by key" }).fill(name);
    await expect(changes.getByRole("row")).toHaveCount(2);
    await expect(changes.getByRole("row", { name: new RegExp(name) })).toContainText("Create");
    await page.getByRole("searchbox", { name: "Search by key" }).fill("");
    await page.getByRole("combobox", { name: "Kind" }).selectOption("All");
    const problems = page.getByTestId("import-problems");
    if (await problems.count()) await expect(problems.getByRole("cell").first()).toHaveText(/\.yaml(:\d+)?$/);
    expect((await page.request.get(`/api/v1/systems/${name}`)).status()).toBe(404);

    // Accept the valid records (files cut out of a larger catalog name entities not uploaded), then apply after a confirmation.
    await page.getByRole("radio", { name: /Accept valid records/ }).check();
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Apply this import?" });
    await expect(dialog).toContainText(/To create: \d+/);
    await dialog.getByRole("button", { name: "Apply" }).click();

    const outcome = page.getByTestId("import-outcome");
    await expect(outcome).toContainText("Import applied.");
    await expect(outcome).toContainText(/Batch [a-z0-9]{20,40}/);
    expect((await page.request.get(`/api/v1/systems/${name}`)).status()).toBe(200);

    await outcome.getByRole("link", { name: "See them on the map" }).click();
    await expect(page).toHaveURL(/\/topology\?teamId=/);
    await expect(page.getByTestId("map-system").filter({ hasText: `E2E ${name}` })).toBeVisible();
    await expect(page.getByTestId("map-system").filter({ hasText: "artist-lookup" })).toBeVisible();

    // The batch is in the history.
    await page.goto("/import/history");
    await expect(page.getByRole("table", { name: "Import batches, newest first" }).getByRole("row").nth(1)).toContainText("Backstage");
  });

  test("downloads a spreadsheet template for the kind of records chosen", async ({ page }) => {
    await page.goto("/import");
    await page.getByRole("link", { name: "Spreadsheet" }).click();
    await page.getByRole("combobox", { name: "Records in the file" }).selectOption("interfaces");
    const link = page.getByRole("link", { name: /^CSV template/ }).first();
    await expect(link).toHaveAttribute("href", /\/api\/v1\/import\/template\?entity=interfaces&format=csv/);
    const res = await page.request.get((await link.getAttribute("href"))!);
    expect(res.status()).toBe(200);
    expect(await res.text()).toMatch(/provider/i);
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateFor("VIEWER") });

  test("sees the page read-only, without the nav entry, and the API refuses the import", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Import" })).toHaveCount(0);
    await page.goto("/import");
    await expect(page.getByText("You can look, but not import")).toBeVisible();
    await expect(page.getByRole("button", { name: "Choose files" })).toBeDisabled();
    await expect(page.getByRole("textbox", { name: "Or paste YAML" })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Preview the import" })).toBeDisabled();
    await page.getByRole("link", { name: "Spreadsheet" }).click();
    await expect(page.getByRole("button", { name: "Preview the import" })).toBeDisabled();
    // No templates to fill in: their route refuses a viewer, so no link leads to a 403.
    await expect(page.getByRole("combobox", { name: "Records in the file" })).toBeDisabled();
    await expect(page.getByRole("link", { name: /template/ })).toHaveCount(0);
    expect((await page.request.get("/api/v1/import/template?entity=systems&format=csv&lang=en")).status()).toBe(403);

    // Exports stay open to readers.
    await page.getByRole("link", { name: "Export" }).click();
    await expect(page.getByRole("link", { name: "All teams, one YAML file" })).toHaveAttribute("href", "/api/v1/export/backstage.yaml");

    const refused = await page.request.post("/api/v1/import/backstage", {
      data: { files: [{ name: "c.yaml", text: pasted(uniqueKey("viewer")) }], mode: "all-or-nothing", dryRun: true },
    });
    expect(refused.status()).toBe(403);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
  });
});
