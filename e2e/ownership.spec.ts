// Ownership health as people use it: an engineer fixes findings with one click (assign the missing
// owners; hand a leaver's system to the team's lead), confirms a record still accurate (and is told
// when someone else changed it first); a viewer reads the findings and inherited owners without any
// way to change them. Every test builds its own team and records and filters /ownership to that team.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demoTeamIds, storageStateFor, uniqueKey } from "./helpers";

type Ref = { id: string; key: string; name: string };
type Me = { id: string; name: string; email: string };

async function post<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const res = await request.post(path, { data });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as T;
}

async function me(request: APIRequestContext): Promise<Me> {
  return (await (await request.get("/api/v1/me")).json()) as Me;
}

/** A fresh team, led by `leadId`, so its findings are ours alone. */
const createTeam = (request: APIRequestContext, leadId: string) => {
  const key = uniqueKey("e2e-own-team");
  return post<Ref>(request, "/api/v1/teams", { key, name: `E2E Ownership ${key}`, members: [{ userId: leadId, role: "LEAD" }] });
};

const createSystem = (request: APIRequestContext, fields: Record<string, unknown>) => {
  const key = uniqueKey("e2e-own-sys");
  return post<Ref & { version: number }>(request, "/api/v1/systems", { key, name: `E2E Owned ${key}`, kind: "BUSINESS_APP", layer: "BUSINESS", ...fields });
};

const finding = (page: Page, name: string) => page.getByTestId("gap-finding").filter({ hasText: name });

/** Types into a person picker and chooses the option with that exact name. */
async function pickPerson(page: Page, label: string, person: Me) {
  const box = page.getByRole("combobox", { name: label, exact: true });
  await box.fill(person.email);
  const option = page.getByRole("option").filter({ hasText: person.name }).first();
  await expect(option).toBeVisible();
  await expect(page.getByText("Searching…")).toHaveCount(0);
  await option.click();
  await expect(box).toHaveValue(person.name);
}

test.describe("as an engineer", () => {
  test.use({ storageState: storageStateFor("ENGINEER") });

  test("assigns the missing owners of a tier-1 system in one dialog, and the finding disappears", async ({ page }) => {
    const engineer = await me(page.request);
    const team = await createTeam(page.request, engineer.id);
    const system = await createSystem(page.request, { tier: 1, teamId: team.id });

    await page.goto(`/ownership?teamId=${team.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Ownership health" })).toBeVisible();
    await expect(page.getByTestId("gap-count-system-unowned")).toHaveText("1");
    const row = finding(page, system.name);
    await expect(row).toContainText("Missing: technical owner and business owner");
    await expect(row).toContainText("High");

    // Choosing the rule's card filters the list to it, in the URL.
    await page.getByRole("button", { name: /Systems without owner/ }).click();
    await expect(page).toHaveURL(/rule=system-unowned/);
    await expect(page.getByRole("button", { name: /Systems without owner/ })).toHaveAttribute("aria-pressed", "true");

    await row.getByRole("button", { name: `Assign owners: ${system.name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Assign owners: ${system.name}` });
    await expect(dialog).toBeVisible();
    // Only what is missing is asked for: the team is set already.
    await expect(dialog.getByRole("combobox", { name: "Team", exact: true })).toHaveCount(0);
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(dialog.getByText("Choose at least one owner.")).toBeVisible();

    await pickPerson(page, "Technical owner", engineer);
    await pickPerson(page, "Business owner", engineer);
    await dialog.getByRole("button", { name: "Apply" }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Fixed: ${system.name}.`)).toBeVisible();
    await expect(finding(page, system.name)).toHaveCount(0);
    await expect(page.getByTestId("gap-count-system-unowned")).toHaveText("0");
    await expect(page.getByText("Every system has a team, a technical owner and a business owner.")).toBeVisible();

    const saved = await (await page.request.get(`/api/v1/systems/${system.id}`)).json();
    expect(saved.technicalOwner?.id).toBe(engineer.id);
    expect(saved.businessOwner?.id).toBe(engineer.id);
  });

  test("hands a deactivated owner's system to the team's lead in one click", async ({ page, playwright, baseURL }) => {
    const engineer = await me(page.request);
    const admin = await playwright.request.newContext({ baseURL, storageState: storageStateFor("ADMIN") });
    const leaverKey = uniqueKey("e2e-leaver");
    const leaver = await post<Me & { version: number }>(admin, "/api/v1/users", {
      email: `${leaverKey}@example.com`, name: `E2E Leaver ${leaverKey}`, role: "VIEWER", password: "e2e-leaver-password",
    });
    const team = await createTeam(page.request, engineer.id);
    const system = await createSystem(page.request, { tier: 0, teamId: team.id, technicalOwnerId: leaver.id, businessOwnerId: engineer.id });
    const off = await admin.patch(`/api/v1/users/${leaver.id}`, { data: { version: leaver.version, active: false } });
    expect(off.status(), await off.text()).toBe(200);
    await admin.dispose();

    await page.goto(`/ownership?teamId=${team.id}&rule=deactivated-owner`);
    const row = finding(page, system.name);
    await expect(row).toContainText(new RegExp(`Deactivated technical owner:\\s*${leaver.name}`));
    await row.getByRole("button", { name: `Hand over: ${system.name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Hand over: ${system.name}` });
    await dialog.getByRole("button", { name: `Hand to the team's lead, ${engineer.name}` }).click();

    await expect(dialog).toBeHidden();
    await expect(finding(page, system.name)).toHaveCount(0);
    await expect(page.getByTestId("gap-count-deactivated-owner")).toHaveText("0");
    const saved = await (await page.request.get(`/api/v1/systems/${system.id}`)).json();
    expect(saved.technicalOwner?.id).toBe(engineer.id);
  });

  test("confirms a system still accurate from its page, and is told when someone changed it first", async ({ page }) => {
    const engineer = await me(page.request);
    const system = await createSystem(page.request, {});

    await page.goto(`/systems/${system.id}`);
    await expect(page.getByText("Never confirmed as still accurate")).toBeVisible();

    // Someone else edits the record after the page was read: the confirmation is refused, not lost.
    const edit = await page.request.patch(`/api/v1/systems/${system.id}`, { data: { version: system.version, description: "changed meanwhile" } });
    expect(edit.status()).toBe(200);
    await page.getByRole("button", { name: "Confirm still accurate" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Someone else changed this record" })).toBeVisible();
    await page.getByRole("button", { name: "Reload" }).click();
    await expect(page.getByText("changed meanwhile").first()).toBeVisible();

    await page.getByRole("button", { name: "Confirm still accurate" }).click();
    await expect(page.getByTestId("reviewed-line")).toContainText(`Last confirmed by ${engineer.name} on`);
    const saved = await (await page.request.get(`/api/v1/systems/${system.id}`)).json();
    expect(saved.reviewedBy?.id).toBe(engineer.id);
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateFor("VIEWER") });

  test("reads the findings and inherited owners without any control to fix them", async ({ page, playwright, baseURL }) => {
    const engineerRequest = await playwright.request.newContext({ baseURL, storageState: storageStateFor("ENGINEER") });
    const engineer = await me(engineerRequest);
    const team = await createTeam(engineerRequest, engineer.id);
    const unowned = await createSystem(engineerRequest, { tier: 1, teamId: team.id });
    const provider = await createSystem(engineerRequest, { teamId: team.id, technicalOwnerId: engineer.id, businessOwnerId: engineer.id });
    const ifKey = uniqueKey("e2e-own-if");
    const itf = await post<Ref>(engineerRequest, "/api/v1/interfaces", {
      key: ifKey, name: `E2E Inherits ${ifKey}`, style: "REST", mode: "SYNC", providerSystemId: provider.id, consumerSystemId: unowned.id,
    });
    await engineerRequest.dispose();

    await page.goto(`/ownership?teamId=${team.id}`);
    await expect(finding(page, unowned.name)).toBeVisible();
    await expect(page.getByTestId("gap-count-system-unowned")).toHaveText("1");
    await expect(page.getByText("Your role can read these findings but not fix them.")).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Fix" })).toHaveCount(0);
    for (const name of [/^Assign owners/, /^Hand over/, /^Confirm still accurate/, /^Reassign/, /^Change/]) {
      await expect(page.getByRole("button", { name })).toHaveCount(0);
    }
    await expect(page.getByRole("link", { name: "Edit team" })).toHaveCount(0);

    // The interface has no owner of its own: its provider's shows, marked as inherited.
    await page.goto(`/interfaces/${itf.id}`);
    await expect(page.getByRole("heading", { level: 1, name: itf.name })).toBeVisible();
    await expect(page.getByTestId("inherited-mark").first()).toContainText(`inherited from ${provider.name}`);
    await expect(page.getByRole("button", { name: "Confirm still accurate" })).toHaveCount(0);
  });

  test("sees the demo's signature finding: Smart Factory gone quiet while its systems run on", async ({ page }) => {
    const factory = (await demoTeamIds(page.request, ["smart-factory"])).get("smart-factory");
    expect(factory).toBeDefined();
    await page.goto(`/ownership?teamId=${factory}`);
    await expect(page.getByTestId("gap-count-quiet-team")).toHaveText("1");
    await expect(page.getByTestId("gap-count-stale")).not.toHaveText("0");
    const ofRule = (rule: string) => page.locator(`[data-testid="gap-finding"][data-rule="${rule}"]`);
    await expect(ofRule("quiet-team")).toContainText("Smart Factory");
    await expect(ofRule("stale").filter({ hasText: "Manufacturing Execution" })).toBeVisible();
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("edits the bus factor inline, with the value checked before it is sent", async ({ page }) => {
    await page.goto("/ownership");
    await page.getByRole("button", { name: "Change: Bus factor N" }).click();
    const input = page.getByRole("spinbutton", { name: "Bus factor N" });
    await expect(input).toBeFocused();
    await input.fill("0");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("A whole number from 1 to 1,000")).toBeVisible();
    await page.getByRole("button", { name: "Cancel" }).click();
    const line = page.getByText(/Bus factor: more than \d+ tier-0\/1 systems per technical owner/);
    const current = (await line.textContent())!.match(/more than (\d+)/)![1];

    // Saving goes through PATCH /ownership/settings; it saves the value it found, because other
    // tests rely on the shared setting.
    await page.getByRole("button", { name: "Change: Bus factor N" }).click();
    await expect(input).toHaveValue(current);
    await input.press("Enter");
    await expect(page.getByText("Bus factor saved.")).toBeVisible();
    await expect(line).toContainText(`more than ${current} `);
  });
});
