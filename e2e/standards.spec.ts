// Integration standards as people use them: an admin writes a field rule scoped to one team; an
// engineer sees their system fail it on the system's Standards section, fixes the field in the
// ordinary edit form and sees it pass; an engineer asks for a waiver and another admin grants it
// (an admin never decides on their own request); a viewer reads the matrix and the catalogue without
// a single way to change them. Every test builds its own team, system and standard.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { storageStateFor, uniqueKey } from "./helpers";

type Ref = { id: string; key: string; name: string };

async function post<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const res = await request.post(path, { data });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as T;
}

const me = async (request: APIRequestContext) => (await (await request.get("/api/v1/me")).json()) as { id: string; name: string };

const createTeam = (request: APIRequestContext, leadId: string) => {
  const key = uniqueKey("e2e-std-team");
  return post<Ref>(request, "/api/v1/teams", { key, name: `E2E Standards ${key}`, members: [{ userId: leadId, role: "LEAD" }] });
};

/** A system of the team with no vendor recorded: what the test's standard asks for. */
const createSystem = (request: APIRequestContext, teamId: string) => {
  const key = uniqueKey("e2e-std-sys");
  return post<Ref>(request, "/api/v1/systems", { key, name: `E2E Vendorless ${key}`, kind: "BUSINESS_APP", layer: "BUSINESS", teamId });
};

/** "Systems of this team record their vendor": a MUST field rule scoped to one team, through the API. */
async function createStandard(admin: APIRequestContext, teamId: string): Promise<Ref> {
  const key = uniqueKey("e2e-vendor");
  const name = `E2E vendor recorded ${key}`;
  const standard = await post<{ id: string; key: string }>(admin, "/api/v1/standards", {
    key, category: "DOCUMENTATION", severity: "MUST", appliesTo: "SYSTEM", scope: { teamIds: [teamId] },
    check: { kind: "FIELD", match: "all", conditions: [{ field: "vendor", op: "not_empty" }] },
    text: { en: { name, description: "Name the product or supplier." }, "zh-CN": { name: `已记录供应商 ${key}` } },
  });
  return { ...standard, name };
}

/** The system page's result for one standard (its row in the Standards section). */
const result = (page: Page, standardName: string) =>
  page.getByTestId("record-standards").getByTestId("standard-result").filter({ hasText: standardName });

test.describe("as an admin", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("adds a field rule scoped to one team and finds it in the catalogue", async ({ page }) => {
    const admin = await me(page.request);
    const team = await createTeam(page.request, admin.id);
    const key = uniqueKey("e2e-std-ui");
    const name = `E2E runbook linked ${key}`;

    await page.goto("/standards");
    await page.getByRole("link", { name: "New standard" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New standard" })).toBeVisible();
    await page.getByRole("textbox", { name: "Key", exact: true }).fill(key);
    await page.getByLabel("Category").selectOption({ label: "Documentation" });
    await page.getByLabel("Severity").selectOption({ label: "Must" });
    await page.getByLabel("Applies to").selectOption({ label: "Systems" });
    await page.getByLabel("Name · English").fill(name);
    await page.getByLabel("Name · 中文").fill(`已关联运维手册 ${key}`);
    await page.getByLabel("Rationale · English").fill("An incident is the wrong moment to find out how to restart it.");

    // A condition without a field is caught at the condition, before anything is sent.
    await page.getByRole("button", { name: "Save" }).click();
    const condition = page.getByRole("group", { name: "Condition 1" });
    await expect(condition.getByText("Choose a field")).toBeVisible();
    await condition.getByLabel("Field").selectOption({ label: "Runbook link" });
    // The operators offered are those that fit a text field; the value input fits the operator.
    const operator = condition.getByLabel("Operator");
    await expect(operator.getByRole("option", { name: "is greater than" })).toHaveCount(0);
    await operator.selectOption({ label: "starts with" });
    await condition.getByLabel("Value").fill("https://");

    const teams = page.getByRole("group", { name: /Teams/ });
    await page.getByRole("combobox", { name: "Add a team" }).fill(team.key);
    await page.getByRole("option", { name: new RegExp(team.name) }).click();
    await expect(teams.getByRole("listitem").filter({ hasText: team.name })).toBeVisible();

    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByTestId("check-conditions")).toHaveText("Runbook link starts with https://");
    await expect(page.getByRole("link", { name: team.name })).toBeVisible();

    await page.getByRole("link", { name: "All standards" }).click();
    await page.getByRole("searchbox", { name: "Search standards" }).fill(key);
    await expect(page).toHaveURL(new RegExp(`q=${key}`));
    const row = page.getByRole("row").filter({ hasText: key });
    await expect(row).toHaveCount(1);
    for (const text of [name, "Documentation", "Must", "Systems", "Field rule", "Active"]) await expect(row).toContainText(text);
  });

  test("is told that another admin must decide on a waiver they requested (four eyes)", async ({ page }) => {
    const admin = await me(page.request);
    const team = await createTeam(page.request, admin.id);
    const system = await createSystem(page.request, team.id);
    const standard = await createStandard(page.request, team.id);
    await post(page.request, "/api/v1/waivers", {
      standardId: standard.id, subjectType: "SYSTEM", subjectId: system.id, reason: "The vendor is being renegotiated this quarter.",
      expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    });

    await page.goto("/waivers");
    const row = page.getByTestId("pending-waivers").getByRole("row").filter({ hasText: system.name });
    await expect(row.getByTestId("four-eyes")).toHaveText("Your request: another admin decides (four eyes).");
    await expect(row.getByRole("button", { name: /^Approve/ })).toHaveCount(0);
    await expect(row.getByRole("button", { name: `Withdraw: ${standard.name} · ${system.name}` })).toBeVisible();
  });
});

test.describe("as an engineer", () => {
  test.use({ storageState: storageStateFor("ENGINEER") });

  test("sees their system fail the new standard, fixes the field in the edit form and sees it pass", async ({ page, playwright, baseURL }) => {
    const engineer = await me(page.request);
    const team = await createTeam(page.request, engineer.id);
    const system = await createSystem(page.request, team.id);
    const admin = await playwright.request.newContext({ baseURL, storageState: storageStateFor("ADMIN") });
    const standard = await createStandard(admin, team.id);
    await admin.dispose();

    await page.goto(`/systems/${system.id}`);
    const failing = result(page, standard.name);
    await expect(failing).toHaveAttribute("data-status", "FAIL");
    await expect(failing).toContainText("Vendor is not empty; found nothing");
    // A MUST fails: no maturity level at all.
    await expect(page.getByTestId("level-badge").first()).toHaveText("None");

    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Edit ${system.name}` })).toBeVisible();
    await page.getByRole("textbox", { name: "Vendor", exact: true }).fill("Acme Integration GmbH");
    await page.getByRole("button", { name: "Save" }).click();

    await expect(page).toHaveURL(new RegExp(`/systems/${system.id}$`));
    await expect(result(page, standard.name)).toHaveAttribute("data-status", "PASS");
    await expect(result(page, standard.name).getByRole("button", { name: /Request waiver/ })).toHaveCount(0);
  });

  test("requests a waiver, another admin approves it, and the result counts as waived", async ({ page, playwright, browser, baseURL }) => {
    const engineer = await me(page.request);
    const team = await createTeam(page.request, engineer.id);
    const system = await createSystem(page.request, team.id);
    const adminRequest = await playwright.request.newContext({ baseURL, storageState: storageStateFor("ADMIN") });
    const standard = await createStandard(adminRequest, team.id);
    await adminRequest.dispose();

    await page.goto(`/systems/${system.id}`);
    await result(page, standard.name).getByRole("button", { name: `Request waiver: ${standard.name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Request a waiver: ${standard.name}` });
    await dialog.getByLabel("Reason").fill("Soon");
    await dialog.getByRole("button", { name: "Request" }).click();
    await expect(dialog.getByText("Say why, in at least 10 characters")).toBeVisible();
    await dialog.getByLabel("Reason").fill("The supplier contract is signed next month; the vendor is recorded then.");
    await dialog.getByRole("button", { name: "Request" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Waiver requested for ${standard.name}: an admin will decide.`)).toBeVisible();
    await expect(result(page, standard.name)).toContainText("Waiver requested, awaiting a decision");

    // Another person, an admin, decides.
    const adminContext = await browser.newContext({ storageState: storageStateFor("ADMIN") });
    const adminPage = await adminContext.newPage();
    await adminPage.goto("/waivers");
    const pending = adminPage.getByTestId("pending-waivers").getByRole("row").filter({ hasText: system.name });
    await expect(pending).toContainText(engineer.name);
    await pending.getByRole("button", { name: `Approve: ${standard.name} · ${system.name}` }).click();
    const decide = adminPage.getByRole("dialog", { name: `Approve the waiver of ${standard.name} for ${system.name}?` });
    await decide.getByLabel("Note").fill("Fine until the contract is signed.");
    await decide.getByRole("button", { name: "Approve" }).click();
    await expect(decide).toBeHidden();
    await expect(adminPage.getByText(`Approved: ${standard.name} for ${system.name}.`)).toBeVisible();
    await expect(adminPage.getByTestId("pending-waivers").getByRole("row").filter({ hasText: system.name })).toHaveCount(0);
    await expect(adminPage.getByTestId("waivers").getByRole("row").filter({ hasText: system.name })).toContainText("Approved");
    await adminContext.close();

    await page.reload();
    const waived = result(page, standard.name);
    await expect(waived).toHaveAttribute("data-status", "WAIVED");
    await expect(waived).toContainText(/Waived until .+\. Without the waiver: Fail\./);
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateFor("VIEWER") });

  test("reads the matrix and the standards without any way to change them", async ({ page }) => {
    await page.goto("/compliance");
    await expect(page.getByRole("heading", { level: 1, name: "Compliance" })).toBeVisible();
    await expect(page.getByTestId("estate-summary")).toContainText(/records · mean score \d+/);
    const matrix = page.getByTestId("compliance-matrix");
    await expect(matrix.getByRole("img", { name: /: (Pass|Fail)$/ }).first()).toBeVisible();

    await page.getByRole("group", { name: "Records" }).getByRole("button", { name: "Systems" }).click();
    await expect(page).toHaveURL(/subject=SYSTEM/);
    // The box shows what the URL says: click, then the address and the box agree.
    await page.getByLabel("Failing only").click();
    await expect(page).toHaveURL(/failing=true/);
    await expect(page.getByLabel("Failing only")).toBeChecked();
    const csv = page.getByRole("link", { name: "Export CSV" });
    await expect(csv).toHaveAttribute("href", /format=csv/);
    const download = await page.request.get((await csv.getAttribute("href"))!);
    expect(download.headers()["content-type"]).toContain("text/csv");
    expect(await download.text()).toMatch(/^\uFEFFkey,name,team,tier,level,score,failing,/);

    // Read-only everywhere: no waiver or attestation on a record, no editing of standards.
    await matrix.getByRole("row").nth(1).getByRole("link").first().click();
    await expect(page.getByTestId("record-standards")).toBeVisible();
    await expect(page.getByText("Engineers can request a waiver or attest.")).toBeVisible();
    await expect(page.getByRole("button", { name: /^(Request waiver|Attest)/ })).toHaveCount(0);

    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Standards" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Standards" })).toBeVisible();
    await expect(page.getByRole("link", { name: "New standard" })).toHaveCount(0);
    await page.getByRole("searchbox", { name: "Search standards" }).fill("tls-in-transit");
    // The search lands in the URL after a pause in typing; leaving before that would come back.
    await expect(page).toHaveURL(/q=tls-in-transit/);
    await page.getByRole("row").filter({ hasText: "tls-in-transit" }).getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: "Data is encrypted in transit (TLS)" })).toBeVisible();
    await expect(page.getByTestId("check-conditions")).toHaveText("TLS in transit is yes");
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  });
});
