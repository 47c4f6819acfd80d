// Issue 9's acceptance, as one story with one interface and the people around it: an admin adds a
// standard in the form; the engineer sees their interface fail it, fixes the field and sees it
// pass; attaches a contract and follows a finding to its line; the contract fails a second
// standard, so the engineer requests a waiver; an admin approves it; a viewer then reads the
// matrix, the trend and the map coloured by level, with no way to change any of it.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { readFixture } from "../server/contracts/shared-fixtures";
import { storageStateFor, uniqueKey } from "./helpers";

const PETSTORE = readFixture("openapi", "petstore-3.0.yaml");

async function post<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const res = await request.post(path, { data });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as T;
}

const result = (page: Page, standardName: string) =>
  page.getByTestId("record-standards").getByTestId("standard-result").filter({ hasText: standardName });

test("an interface meets its standards: fail, fix, contract finding, waiver, and what a viewer sees", async ({ browser }) => {
  test.setTimeout(300_000);
  const open = async (role: "ADMIN" | "ENGINEER" | "VIEWER") => (await browser.newContext({ storageState: storageStateFor(role) })).newPage();
  const [admin, engineer, viewer] = [await open("ADMIN"), await open("ENGINEER"), await open("VIEWER")];

  // The engineer's team, two systems and the interface between them. Retired, so that of the
  // default catalogue only the MAY on key spelling (which they pass) reaches them.
  const me = (await (await engineer.request.get("/api/v1/me")).json()) as { id: string };
  const key = uniqueKey("e2e-journey");
  const team = await post<{ id: string; key: string; name: string }>(engineer.request, "/api/v1/teams", {
    key, name: `E2E Journey ${key}`, members: [{ userId: me.id, role: "LEAD" }],
  });
  const system = (label: string) => post<{ id: string; name: string }>(engineer.request, "/api/v1/systems", {
    key: uniqueKey(`e2e-journey-${label}`), name: `E2E Journey ${label} ${key}`, kind: "BUSINESS_APP", layer: "BUSINESS", lifecycle: "RETIRED", teamId: team.id,
  });
  const [provider, consumer] = [await system("pets"), await system("shop")];
  const iface = await post<{ id: string; name: string }>(engineer.request, "/api/v1/interfaces", {
    key: uniqueKey("e2e-journey-if"), name: `E2E Journey pets API ${key}`, style: "REST", mode: "SYNC", lifecycle: "RETIRED",
    teamId: team.id, providerSystemId: provider.id, consumerSystemId: consumer.id,
  });

  // 1. The admin adds "endpoints are HTTPS" for the team's interfaces, in the form.
  const httpsName = `E2E endpoints over HTTPS ${key}`;
  await admin.goto("/standards/new");
  await admin.getByRole("textbox", { name: "Key", exact: true }).fill(`${key}-https`);
  await admin.getByLabel("Category").selectOption({ label: "Security" });
  await admin.getByLabel("Severity").selectOption({ label: "Must" });
  await admin.getByLabel("Applies to").selectOption({ label: "Interfaces" });
  await admin.getByLabel("Name · English").fill(httpsName);
  await admin.getByLabel("Name · 中文").fill(`端点使用 HTTPS ${key}`);
  const condition = admin.getByRole("group", { name: "Condition 1" });
  await condition.getByLabel("Field").selectOption({ label: "Endpoint" });
  await condition.getByLabel("Operator").selectOption({ label: "starts with" });
  await condition.getByLabel("Value").fill("https://");
  await admin.getByRole("combobox", { name: "Add a team" }).fill(team.key);
  await admin.getByRole("option", { name: new RegExp(team.name) }).click();
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: httpsName })).toBeVisible();

  // 2. The engineer sees the interface fail it, fixes the endpoint in the edit form, sees it pass.
  await engineer.goto(`/interfaces/${iface.id}`);
  await expect(result(engineer, httpsName)).toHaveAttribute("data-status", "FAIL");
  await engineer.getByRole("link", { name: "Edit", exact: true }).click();
  await engineer.getByRole("textbox", { name: "Endpoint", exact: true }).fill("https://pets.example.com/v1");
  await engineer.getByRole("button", { name: "Save" }).click();
  await expect(engineer).toHaveURL(new RegExp(`/interfaces/${iface.id}$`));
  await expect(result(engineer, httpsName)).toHaveAttribute("data-status", "PASS");

  // 3. A second standard of the admin's (through the API; the form is shown above): the contract's
  //    servers are HTTPS. No contract yet: it fails.
  const serversName = `E2E contract servers over HTTPS ${key}`;
  await post(admin.request, "/api/v1/standards", {
    key: `${key}-servers`, category: "CONTRACT", severity: "SHOULD", appliesTo: "INTERFACE", scope: { teamIds: [team.id] },
    check: { kind: "CONTRACT", rules: ["junction-https-servers"], failOn: "warn" },
    text: { en: { name: serversName }, "zh-CN": { name: `契约服务器使用 HTTPS ${key}` } },
  });

  // 4. The engineer attaches petstore (pasted); its plain-HTTP server is a finding on line 8.
  await engineer.reload();
  const section = engineer.getByTestId("contract-section");
  await section.getByRole("button", { name: "Attach contract" }).click();
  const dialog = engineer.getByRole("dialog", { name: "Attach a contract" });
  await dialog.getByRole("textbox", { name: "Document" }).fill(PETSTORE);
  await dialog.getByRole("button", { name: "Attach" }).click();
  await expect(section.getByText("Version 1 attached.")).toBeVisible();
  const finding = section.getByRole("button", { name: "Line 8: Server http://petstore.swagger.io/v1 is not served over HTTPS" });
  await finding.click();
  await expect(section.getByTestId("contract-text").locator('[data-line="8"]')).toHaveAttribute("data-highlighted", "true");
  await expect(result(engineer, serversName)).toHaveAttribute("data-status", "FAIL");
  await expect(result(engineer, serversName)).toContainText("junction-https-servers");

  // 5. The engineer requests a waiver; the admin approves it on /waivers.
  await result(engineer, serversName).getByRole("button", { name: `Request waiver: ${serversName}` }).click();
  const request = engineer.getByRole("dialog", { name: `Request a waiver: ${serversName}` });
  await request.getByLabel("Reason").fill("The sandbox server moves to HTTPS with the next release of the pets service.");
  await request.getByRole("button", { name: "Request" }).click();
  await expect(request).toBeHidden();

  await admin.goto("/waivers");
  const pending = admin.getByTestId("pending-waivers").getByRole("row").filter({ hasText: iface.name });
  await pending.getByRole("button", { name: `Approve: ${serversName} · ${iface.name}` }).click();
  const decide = admin.getByRole("dialog", { name: `Approve the waiver of ${serversName} for ${iface.name}?` });
  await decide.getByRole("button", { name: "Approve" }).click();
  await expect(decide).toBeHidden();

  await engineer.reload();
  await expect(result(engineer, serversName)).toHaveAttribute("data-status", "WAIVED");

  // 6. The viewer: the matrix row of the interface (the waived standard counts as met), the trend,
  //    the map coloured by level, and nothing to change.
  await viewer.goto(`/compliance?subject=INTERFACE&teamId=${team.id}`);
  const row = viewer.getByTestId("compliance-matrix").getByRole("row").filter({ hasText: iface.name });
  await expect(row.getByRole("img", { name: `${httpsName}: Pass` })).toBeVisible();
  await expect(row.getByRole("img", { name: `${serversName}: Waived` })).toBeVisible();
  await viewer.goto("/standards");
  await expect(viewer.getByTestId("standards-trend").getByTestId("trend-now")).toContainText(/Silver or better/);
  await expect(viewer.getByRole("link", { name: "New standard" })).toHaveCount(0);
  await viewer.goto(`/topology?teamId=${team.id}&colour=level`);
  await expect(viewer.getByTestId("map-system").filter({ hasText: provider.name })).toHaveAttribute("data-level", /^(NONE|BRONZE|SILVER|GOLD)$/);
  await viewer.goto(`/interfaces/${iface.id}`);
  await expect(viewer.getByTestId("record-standards")).toBeVisible();
  await expect(viewer.getByRole("button", { name: /^(Request waiver|Attest|Attach)/ })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);

  for (const page of [admin, engineer, viewer]) await page.context().close();
});
