// Issue 11's alerts, as people live them: a monitor (an INGEST token, over the API) triggers an
// alert on a system; the owning team's channel — a real HTTP receiver started here — receives it;
// an engineer acknowledges it in the inbox and escalation stops; the monitor resolves it and the
// channel gets the recovery notice; the engineer silences it and its next firing notifies nobody;
// a viewer sees all of it read-only, and the API refuses them too.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor, uniqueKey } from "./helpers";

type Received = { headers: IncomingHttpHeaders; body: { kind: string; subject: string; text: string; incidentId: string | null } };

/** A team's chat webhook: records every JSON POST it gets and answers 200. */
async function startReceiver(): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (text += chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: JSON.parse(text) });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, server };
}

async function post<T>(request: APIRequestContext, path: string, data: unknown, status = 201): Promise<T> {
  const res = await request.post(path, { data });
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

test("an alert reaches the team's channel, is acknowledged, recovers, and a silence holds its next firing", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const receiver = await startReceiver();
  const kinds = () => receiver.received.map((r) => r.body.kind);

  // The estate: a checkout system in a team whose channel is the receiver.
  const admin = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  const key = uniqueKey("e2e-alerts");
  const team = await post<{ id: string }>(admin.request, "/api/v1/teams", { key, name: `E2E Alerts ${key}` });
  const system = await post<{ id: string; key: string; name: string }>(admin.request, "/api/v1/systems", {
    key, name: `E2E Checkout ${key}`, kind: "BUSINESS_APP", layer: "BUSINESS", tier: 0, teamId: team.id,
  });
  await post(admin.request, "/api/v1/notifications/channels", { name: `E2E chat ${key}`, kind: "WEBHOOK", config: { url: receiver.url }, teamIds: [team.id] });
  const token = await post<{ secret: string }>(admin.request, "/api/v1/ingestion/tokens", { name: `monitor ${key}`, scope: "INGEST" });
  await admin.close();

  // The monitor triggers: one alert, mapped to the system by its junction_system label.
  const monitor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token.secret}` } });
  const summary = `Checkout latency high ${key}`;
  const trigger = { action: "trigger", dedupKey: key, summary, source: "e2e-monitor", severity: "critical", labels: { junction_system: system.key, alertname: "CheckoutLatency" } };
  await post(monitor, "/api/v1/alerts/events", trigger, 202);

  // The team's channel receives it (the default policy's first step: the team's channel at once).
  await expect.poll(kinds, { timeout: 15_000 }).toEqual(["TRIGGER"]);
  expect(receiver.received[0].body.text + receiver.received[0].body.subject).toContain(summary);

  // An engineer acknowledges it in the inbox.
  const engineer = await (await browser.newContext({ storageState: storageStateFor("ENGINEER") })).newPage();
  await engineer.goto(`/alerts?teamId=${team.id}`);
  const row = engineer.getByRole("row").filter({ hasText: summary });
  await expect(row.getByText("Firing", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: /^Acknowledge/ }).click();
  await expect(row.getByText("Acknowledged", { exact: true })).toBeVisible();
  await expect(row).toContainText("Acknowledged by Eve Engineer");

  // Its incident: escalation stopped, the notification delivered, the people to call.
  await row.getByRole("link", { name: /^#\d+$/ }).click();
  await expect(engineer.getByRole("heading", { level: 1 })).toContainText("Incident #");
  await expect(engineer.getByText(/Stopped .* \(acknowledged\)/)).toBeVisible();
  await expect(engineer.getByText(new RegExp(`Alert to E2E chat ${key}`))).toBeVisible();
  await expect(engineer.getByText("delivered").first()).toBeVisible();

  // The monitor resolves it: the channel gets the recovery notice.
  await post(monitor, "/api/v1/alerts/events", { action: "resolve", dedupKey: key }, 202);
  await expect.poll(kinds, { timeout: 15_000 }).toEqual(["TRIGGER", "RECOVERY"]);
  await engineer.reload();
  await expect(engineer.getByRole("heading", { level: 1 })).toContainText("Resolved");

  // The engineer silences it from the inbox; its next firing is held back and notifies nobody.
  await engineer.goto(`/alerts?teamId=${team.id}&view=RESOLVED`);
  await engineer.getByRole("row").filter({ hasText: summary }).getByRole("checkbox").check();
  await engineer.getByRole("button", { name: "Silence…" }).click();
  const dialog = engineer.getByRole("dialog", { name: "Silence the selected alerts" });
  await dialog.getByLabel("Why").fill("Known slow check while the cache warms up");
  await dialog.getByRole("button", { name: "Silence" }).click();
  await expect(engineer.getByText("Silenced 1 alert: its notifications stop until the silence ends.")).toBeVisible();
  await post(monitor, "/api/v1/alerts/events", trigger, 202);
  await engineer.goto(`/alerts?teamId=${team.id}&view=SUPPRESSED`);
  const held = engineer.getByRole("row").filter({ hasText: summary });
  await expect(held.getByText("Silenced")).toBeVisible();
  await expect(held.getByRole("cell").filter({ hasText: /^—$/ })).toBeVisible(); // no incident opened
  expect(kinds()).toEqual(["TRIGGER", "RECOVERY"]);

  // A viewer reads it all, with nothing to act with; the API refuses them as well.
  const viewerContext = await browser.newContext({ storageState: storageStateFor("VIEWER") });
  const viewer = await viewerContext.newPage();
  await viewer.goto(`/alerts?teamId=${team.id}&view=FIRING,ACKNOWLEDGED,RESOLVED,SUPPRESSED`);
  await expect(viewer.getByText("You can read alerts; engineers and admins act on them.")).toBeVisible();
  await expect(viewer.getByRole("row").filter({ hasText: summary })).toBeVisible();
  await expect(viewer.getByRole("button", { name: /^(Acknowledge(: .*)?|Acknowledge|Resolve…?|Silence…)$/ })).toHaveCount(0);
  await expect(viewer.getByRole("checkbox")).toHaveCount(0);
  const alertId = (await (await viewer.request.get(`/api/v1/alerts?teamId=${team.id}&view=SUPPRESSED`)).json()).items[0].id as string;
  expect((await viewer.request.post(`/api/v1/alerts/${alertId}/acknowledge`, { data: {} })).status()).toBe(403);

  await monitor.dispose();
  await viewerContext.close();
  await new Promise((resolve) => receiver.server.close(resolve));
});
