// An admin deactivates a person who owns systems and hands them over: one to the team lead, one to
// a chosen person. Everything is created through the API first, so the test owns its data.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor, uniqueKey } from "./helpers";

test.use({ storageState: storageStateFor("ADMIN") });

type Created = { id: string; name: string };

async function create(api: APIRequestContext, path: string, data: Record<string, unknown>): Promise<Created> {
  const res = await api.post(`/api/v1${path}`, { data });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

const person = (api: APIRequestContext, tag: string, name: string) =>
  create(api, "/users", { email: `${tag}-${name.toLowerCase()}@example.test`, name: `${name} ${tag}`, role: "ENGINEER", password: "a-long-enough-password" });

test("an admin deactivates a person who owns systems and hands them over", async ({ page }) => {
  const api = page.request;
  const tag = uniqueKey("handover");
  const pat = await person(api, tag, "Pat");
  const lee = await person(api, tag, "Lee");
  const cam = await person(api, tag, "Cam");
  const team = await create(api, "/teams", {
    key: tag, name: `Team ${tag}`, members: [{ userId: lee.id, role: "LEAD" }, { userId: pat.id, role: "MEMBER" }],
  });
  const system = (suffix: string, tier: number) => create(api, "/systems", {
    key: `${tag}-${suffix}`, name: `${tag} ${suffix}`, kind: "BUSINESS_APP", layer: "BUSINESS", tier, teamId: team.id, technicalOwnerId: pat.id,
  });
  const toLead = await system("ledger", 0);
  const toCam = await system("billing", 1);

  await page.goto(`/people/${pat.id}`);
  const owned = page.getByRole("region", { name: "Technical owner of systems" });
  // The first visit may compile the page and its API routes on a cold dev server.
  await expect(owned.getByRole("link", { name: toLead.name })).toBeVisible({ timeout: 30_000 });
  await expect(owned.getByRole("link", { name: toCam.name })).toBeVisible();

  await page.getByRole("button", { name: "Deactivate" }).click();
  const dialog = page.getByRole("dialog", { name: `Deactivate ${pat.name}?` });
  await expect(dialog).toContainText("signs them out everywhere");
  await expect(dialog.getByRole("table")).toContainText(team.name);

  await dialog.getByRole("combobox", { name: `Who takes over ${toLead.name} (Technical owner)` }).selectOption({ label: `Team lead (${lee.name})` });
  await dialog.getByRole("combobox", { name: `Who takes over ${toCam.name} (Technical owner)` }).selectOption({ label: "Hand over to…" });
  await expect(dialog.getByText("1 handed over, 0 left as gaps, 1 still to choose")).toBeVisible();
  const picker = dialog.getByRole("combobox", { name: `New owner of ${toCam.name} (Technical owner)` });
  await picker.fill(cam.name);
  await dialog.getByRole("option", { name: new RegExp(cam.name) }).click();
  await expect(picker).toHaveValue(cam.name);
  await expect(dialog.getByText("2 handed over, 0 left as gaps")).toBeVisible();

  await dialog.getByRole("button", { name: "Deactivate and hand over" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "2 handed over, 0 left as gaps." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reactivate" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Deactivated");

  // What the API says now: both systems have their new technical owners; the person is inactive.
  const technicalOwner = async (id: string) => (await (await api.get(`/api/v1/systems/${id}`)).json()).technicalOwner.id;
  expect(await technicalOwner(toLead.id)).toBe(lee.id);
  expect(await technicalOwner(toCam.id)).toBe(cam.id);
  expect((await (await api.get(`/api/v1/users/${pat.id}`)).json()).active).toBe(false);
  // And the person page no longer lists them as Pat's.
  await expect(page.getByText("Not the owner of any system.")).toBeVisible();
});
