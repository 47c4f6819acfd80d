// The map as people use it: an engineer draws on it, a viewer only reads it, anyone asks "what
// breaks if this fails", and a saved view comes back from its link. Each test builds its own small
// estate under a fresh team and opens the map filtered to that team, because the shared test
// database holds thousands of systems by the time this runs (the overview would be grouped).
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { demoTeamIds, pick, storageStateFor, uniqueKey } from "./helpers";
import { DEMO_TEAMS } from "../server/seed/demo-estate-people";
import { DEMO_SYSTEMS } from "../server/seed/demo-estate-systems";

type Ref = { id: string; key: string; name: string };

async function post(request: APIRequestContext, path: string, data: object): Promise<Ref> {
  const res = await request.post(`/api/v1${path}`, { data });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as Ref;
}

/** A team and its systems (and interfaces, as [provider, consumer] index pairs), over the API. */
async function estate(request: APIRequestContext, names: string[], links: [number, number][] = [], owner?: string) {
  const team = await post(request, "/teams", { key: uniqueKey("e2e-map"), name: `Map team ${uniqueKey("t")}` });
  const systems: Ref[] = [];
  for (const name of names) {
    systems.push(await post(request, "/systems", {
      key: uniqueKey("e2e-node"), name: `${name} ${uniqueKey("n")}`, kind: "BUSINESS_APP", layer: "BUSINESS", teamId: team.id,
      ...(owner ? { technicalOwnerId: owner } : {}),
    }));
  }
  for (const [p, c] of links) {
    await post(request, "/interfaces", {
      key: uniqueKey("e2e-link"), name: `${names[p]} to ${names[c]}`, style: "REST", mode: "SYNC",
      providerSystemId: systems[p].id, consumerSystemId: systems[c].id, teamId: team.id,
    });
  }
  return { team, systems };
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const transformOf = (l: Locator) => l.evaluate((el) => (el as HTMLElement).style.transform);

async function openMap(page: Page, teamId: string, count: number) {
  await page.goto(`/topology?teamId=${teamId}`);
  await expect(page.getByTestId("map-system")).toHaveCount(count);
}

/**
 * Waits until a node stops moving: the view animates to a new system after a short timer, and on a
 * loaded machine that timer can fire well after the node first appears, so "still" means the same
 * box and viewport over four samples 200 ms apart, not two.
 */
async function settled(l: Locator) {
  // Drawn at all: off screen, React Flow does not render it (and a bounding box would wait forever).
  await expect(l).toBeVisible();
  const viewport = l.page().locator(".react-flow__viewport");
  const seen: string[] = [];
  await expect.poll(async () => {
    seen.push(JSON.stringify([await l.boundingBox(), await transformOf(viewport)]));
    return seen.length >= 4 && seen.slice(-4).every((s) => s === seen[seen.length - 1]);
  }, { intervals: [200] }).toBe(true);
}

/** Drags from the provider's source handle onto the consumer node, as a person would. */
async function connect(page: Page, providerId: string, consumerId: string) {
  await settled(node(page, providerId));
  await settled(node(page, consumerId));
  const from = await node(page, providerId).locator(".react-flow__handle.source").boundingBox();
  const to = await node(page, consumerId).locator(".react-flow__handle.target").boundingBox();
  if (!from || !to) throw new Error("handles not visible");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}

test.describe("as an engineer", () => {
  test.use({ storageState: storageStateFor("ENGINEER") });

  test("creates a system on the canvas, connects it, edits the interface, moves a node, and finds it after reload", async ({ page }) => {
    const { team, systems: [billing] } = await estate(page.request, ["Billing"]);
    await openMap(page, team.id, 1);

    // A new system from the canvas, in the same team so this view shows it.
    await page.getByTestId("map-new-system").click();
    const panel = page.getByTestId("new-system-panel");
    const name = `Ledger ${uniqueKey("n")}`;
    await panel.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await panel.getByRole("textbox", { name: "Key", exact: true }).fill(uniqueKey("e2e-ledger"));
    await panel.getByRole("combobox", { name: "Kind", exact: true }).selectOption("DATABASE");
    await panel.getByRole("combobox", { name: "Layer", exact: true }).selectOption("DATA");
    await pick(page, "Team", team.name, team.name, panel);
    await panel.getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("system-panel")).toContainText(name);
    await expect(page.getByTestId("map-system")).toHaveCount(2);
    const ledger = page.getByTestId("map-system").filter({ hasText: name });
    const ledgerId = await ledger.evaluate((el) => el.closest(".react-flow__node")!.getAttribute("data-id")!);

    // Ledger provides to Billing: drag from Ledger's handle to Billing.
    await connect(page, ledgerId, billing.id);
    const newInterface = page.getByTestId("new-interface-panel");
    await expect(newInterface).toContainText(`${name} → ${billing.name}`);
    const interfaceName = `Ledger feed ${uniqueKey("i")}`;
    await newInterface.getByRole("textbox", { name: "Name", exact: true }).fill(interfaceName);
    await newInterface.getByRole("textbox", { name: "Key", exact: true }).fill(uniqueKey("e2e-feed"));
    await newInterface.getByRole("combobox", { name: "Style", exact: true }).selectOption("MESSAGE_QUEUE");
    await newInterface.getByRole("combobox", { name: "Mode", exact: true }).selectOption("ASYNC");
    await newInterface.getByRole("button", { name: "Save" }).click();

    // The side panel now shows the interface; edit it there.
    const interfacePanel = page.getByTestId("interface-panel");
    await expect(interfacePanel).toContainText(interfaceName);
    await expect(page.getByTestId("map-interface")).toHaveCount(1);
    await interfacePanel.getByRole("button", { name: "Edit" }).click();
    const renamed = `${interfaceName} (renamed)`;
    await interfacePanel.getByRole("textbox", { name: "Name", exact: true }).fill(renamed);
    await interfacePanel.getByRole("button", { name: "Save" }).click();
    await expect(interfacePanel.getByRole("heading", { name: renamed })).toBeVisible();
    const saved = await page.request.get(`/api/v1/interfaces?q=${encodeURIComponent(renamed)}`);
    expect((await saved.json()).items.map((i: { name: string }) => i.name)).toEqual([renamed]);

    // Move Billing by dragging it; Undo puts it back; the move again, and as the position is
    // shared, a reload puts it where it was left.
    const billingNode = node(page, billing.id);
    const before = await transformOf(billingNode);
    const drag = async (dx: number, dy: number) => {
      const box = (await billingNode.boundingBox())!;
      const saving = page.waitForResponse((r) => r.url().endsWith("/api/v1/topology/positions") && r.request().method() === "PUT");
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy, { steps: 15 });
      await page.mouse.up();
      expect((await saving).status()).toBe(200);
    };
    await drag(160, 120);
    expect(await transformOf(billingNode)).not.toBe(before);
    await page.getByTestId("map-undo").click();
    await expect.poll(() => transformOf(billingNode)).toBe(before);
    await drag(-140, 100);
    const after = await transformOf(billingNode);
    expect(after).not.toBe(before);

    await page.reload();
    await expect(page.getByTestId("map-system")).toHaveCount(2);
    await expect.poll(() => transformOf(node(page, billing.id))).toBe(after);
  });

  test("analyses the impact of a hub: highlights what breaks and lists whom to call", async ({ page }) => {
    const owner = await page.request.get("/api/v1/me");
    const me = (await owner.json()) as { id: string; name: string };
    // hub → a, hub → b, b → c; d is unrelated.
    const { team, systems } = await estate(page.request, ["Hub", "A", "B", "C", "D"], [[0, 1], [0, 2], [2, 3]], me.id);
    const [hub, a, b, c, d] = systems;
    await openMap(page, team.id, 5);

    await node(page, hub.id).click();
    await page.getByTestId("system-panel").getByRole("button", { name: "What breaks if this fails" }).click();
    for (const s of [a, b, c]) await expect(node(page, s.id).getByTestId("map-system")).toHaveAttribute("data-emphasis", "reached");
    await expect(node(page, hub.id).getByTestId("map-system")).toHaveAttribute("data-emphasis", "root");
    await expect(node(page, d.id).getByTestId("map-system")).toHaveAttribute("data-emphasis", "dim");

    const impact = page.getByTestId("impact-panel");
    for (const s of [a, b, c]) await expect(impact).toContainText(s.name);
    await expect(impact).not.toContainText(d.name);
    await expect(impact).toContainText(team.name);
    await expect(impact).toContainText(me.name);
  });

  test("saves a view and reopens it from its link", async ({ page }) => {
    const { team, systems } = await estate(page.request, ["Source", "Sink", "Other"], [[0, 1]]);
    await page.goto(`/topology?teamId=${team.id}&focus=${systems[0].id}&depth=1`);
    await expect(page.getByTestId("map-system")).toHaveCount(2);

    await page.getByTestId("map-views").click();
    await page.getByRole("button", { name: "Save current view as…" }).click();
    const dialog = page.getByRole("dialog", { name: "Save the current view" });
    const viewName = `Order flow ${uniqueKey("v")}`;
    await dialog.getByRole("textbox", { name: "Name", exact: true }).fill(viewName);
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(/view=/);
    const viewId = new URL(page.url()).searchParams.get("view")!;

    // The view exports as Mermaid text naming what is drawn.
    await page.getByTestId("map-export").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-mermaid").click()]);
    const text = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
    expect(text).toContain("flowchart LR");
    for (const s of systems.slice(0, 2)) expect(text).toContain(s.name);
    expect(text).not.toContain(systems[2].name);

    // Someone else opens the bare link: the saved filters and focus come back with it.
    await page.goto(`/topology?view=${viewId}`);
    await expect(page.getByTestId("map-views")).toContainText(viewName);
    await expect(page.getByTestId("focus-bar")).toBeVisible();
    await expect(page.getByTestId("map-system")).toHaveCount(2);
    await expect(node(page, systems[2].id)).toHaveCount(0);

    // The view keeps its own layout when an edit refetches the map, even though the shared
    // position of one of its systems has moved meanwhile.
    const source = node(page, systems[0].id);
    const placed = await transformOf(source);
    // Near its place, so that were it to jump it would still be drawn and the transforms compared.
    const [x, y] = placed.match(/-?[\d.]+/g)!.map(Number);
    const shared = await page.request.put("/api/v1/topology/positions", { data: { positions: [{ systemId: systems[0].id, x: x + 120, y: y + 80 }] } });
    expect(shared.status()).toBe(200);
    await node(page, systems[1].id).click();
    const panel = page.getByTestId("system-panel");
    await panel.getByRole("button", { name: "Edit" }).click();
    const renamed = `${systems[1].name} (renamed)`;
    await panel.getByRole("textbox", { name: "Name", exact: true }).fill(renamed);
    await panel.getByRole("button", { name: "Save" }).click();
    // The refetched map is on the canvas (the node shows the new name) …
    await expect(node(page, systems[1].id)).toContainText(renamed);
    // … and the view's system did not jump to the shared position.
    expect(await transformOf(source)).toBe(placed);
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateFor("VIEWER") });

  test("sees the map but cannot change it, and the API refuses", async ({ page, browser }) => {
    // The estate is made by an engineer; the viewer only reads it.
    const engineer = await browser.newContext({ storageState: storageStateFor("ENGINEER"), baseURL: test.info().project.use.baseURL });
    const { team, systems } = await estate(engineer.request, ["Read", "Only"], [[0, 1]]);
    await engineer.close();

    await openMap(page, team.id, 2);
    await expect(page.getByTestId("map-interface")).toHaveCount(1);
    await expect(page.getByTestId("map-new-system")).toHaveCount(0);
    await expect(page.getByTestId("map-undo")).toHaveCount(0);

    // Dragging does nothing.
    const target = node(page, systems[0].id);
    const before = await transformOf(target);
    const box = (await target.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + 150, { steps: 10 });
    await page.mouse.up();
    expect(await transformOf(target)).toBe(before);

    // The panel offers reading and impact, no editing.
    await target.click();
    const panel = page.getByTestId("system-panel");
    await expect(panel.getByRole("button", { name: "What breaks if this fails" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Edit" })).toHaveCount(0);
    await expect(panel.getByRole("button", { name: "Delete" })).toHaveCount(0);

    // And the server says no, whatever the page shows.
    const move = await page.request.put("/api/v1/topology/positions", { data: { positions: [{ systemId: systems[0].id, x: 1, y: 2 }] } });
    expect(move.status()).toBe(403);
    const create = await page.request.post("/api/v1/interfaces", {
      data: { key: uniqueKey("e2e-no"), name: "No", style: "REST", mode: "SYNC", providerSystemId: systems[1].id, consumerSystemId: systems[0].id },
    });
    expect(create.status()).toBe(403);
  });
});

test.describe("the demo map, as a newcomer", () => {
  test.use({ storageState: storageStateFor("VIEWER") });

  test("opens with system names readable, without zooming", async ({ page }) => {
    // The demo estate's teams: the shared test database holds thousands of other systems by now.
    const ids = await demoTeamIds(page.request, DEMO_TEAMS.map((t) => t.key));
    expect(ids.size).toBe(DEMO_TEAMS.length);
    await page.goto(`/topology?teamId=${[...ids.values()].join(",")}`);
    // Laying out ~60 systems takes a few seconds on a busy 2-core machine.
    await expect.poll(() => page.getByTestId("map-system").count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(50);

    // Names that a person can read where the map opened: drawn, inside the canvas, not covered
    // (the element itself is what the screen shows at its centre), at ≥ 9 px on screen.
    const readable = () => page.getByTestId("map-system-name").evaluateAll((els) => {
      const pane = document.querySelector("[data-testid=map-canvas]")!.getBoundingClientRect();
      return els.flatMap((el) => {
        const r = el.getBoundingClientRect();
        const inside = r.left >= pane.left && r.right <= pane.right && r.top >= pane.top && r.bottom <= pane.bottom;
        const shown = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const style = getComputedStyle(el);
        // The viewport's scale: on-screen pixels per CSS pixel of the element.
        const fontPx = parseFloat(style.fontSize) * (r.height / (el as HTMLElement).offsetHeight);
        const visible = inside && !!shown && el.contains(shown) && style.visibility !== "hidden" && Number(style.opacity) > 0.5;
        return visible && fontPx >= 9 && r.width >= 30 && el.textContent!.trim() ? [{ name: el.textContent!.trim(), fontPx }] : [];
      });
    });
    await expect.poll(async () => (await readable()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(10);
    // … and they are the demo's systems.
    const demoNames = new Set(DEMO_SYSTEMS.map((s) => s.name));
    for (const { name } of await readable()) expect(demoNames).toContain(name);
  });
});
