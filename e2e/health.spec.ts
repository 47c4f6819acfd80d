// Issue 10's health views, as people use them: a monitoring script (an INGEST token, over the API)
// reports a deployment and then an interface DOWN; a viewer sees its consumers at risk on /health
// and on the map coloured by health, the drop and the deployment just before it on the
// interface's chart, the breach in the month's SLA report, then the recovery sample clearing the
// risk — all read-only.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { storageStateFor, uniqueKey } from "./helpers";

async function post<T>(request: APIRequestContext, path: string, data: unknown, status = 201): Promise<T> {
  const res = await request.post(path, { data });
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

test("an interface goes DOWN: its consumers at risk on /health and the map, the chart shows it, recovery clears it", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const admin = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  const viewerContext = await browser.newContext({ storageState: storageStateFor("VIEWER") });
  const viewer: Page = await viewerContext.newPage();

  // The estate: orders → (Orders API) → billing → ledger, billing and ledger in an on-call team.
  const key = uniqueKey("e2e-health");
  const team = await post<{ id: string; name: string }>(admin.request, "/api/v1/teams", { key, name: `E2E Health ${key}`, onCall: "pagerduty:billing" });
  const system = (label: string) => post<{ id: string; name: string }>(admin.request, "/api/v1/systems", {
    key: uniqueKey(`e2e-health-${label}`), name: `E2E Health ${label} ${key}`, kind: "BUSINESS_APP", layer: "BUSINESS", tier: 1, teamId: team.id,
  });
  const [orders, billing, ledger] = [await system("orders"), await system("billing"), await system("ledger")];
  const ordersApi = await post<{ id: string; key: string; name: string }>(admin.request, "/api/v1/interfaces", {
    key: uniqueKey("e2e-health-api"), name: `E2E Orders API ${key}`, style: "REST", mode: "SYNC", providerSystemId: orders.id, consumerSystemId: billing.id, teamId: team.id,
    sloAvailabilityPct: 99.9,
  });
  await post(admin.request, "/api/v1/interfaces", {
    key: uniqueKey("e2e-health-feed"), name: `E2E Ledger feed ${key}`, style: "REST", mode: "SYNC", providerSystemId: billing.id, consumerSystemId: ledger.id, teamId: team.id,
  });
  const token = await post<{ secret: string }>(admin.request, "/api/v1/ingestion/tokens", { name: `monitoring ${key}`, scope: "INGEST" });
  await admin.close();

  // The monitoring script: its own token, no session. Healthy samples, a deployment, then DOWN.
  const monitor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token.secret}` } });
  const target = { type: "INTERFACE", id: ordersApi.id };
  await post(monitor, "/api/v1/health/signals", {
    samples: [10, 8, 6, 4].map((n) => ({ target, at: minutesAgo(n), source: "prometheus", status: "UP", latencyP95Ms: 80, errorRate: 0.001 })),
  }, 200);
  await post(monitor, "/api/v1/health/events", {
    events: [{ type: "deployment", system: { id: orders.id }, version: "2.4.1", environment: "production", status: "SUCCEEDED", at: minutesAgo(3), source: "ci" }],
  }, 200);
  await post(monitor, "/api/v1/health/signals", {
    samples: [{ target, at: minutesAgo(1), source: "prometheus", status: "DOWN", latencyP95Ms: 2400, errorRate: 0.9 }],
  }, 200);

  // /health: the interface among the problems, its consumers at risk in the team's list.
  await viewer.goto(`/health?subject=INTERFACE&teamId=${team.id}`);
  const problem = viewer.getByTestId("health-problem").filter({ hasText: ordersApi.name });
  await expect(problem.getByTestId("health-state")).toHaveAttribute("data-state", "DOWN");
  await expect(problem).toContainText(/since/);
  await viewer.goto(`/health?teamId=${team.id}&state=AT_RISK`);
  const table = viewer.getByTestId("health-table");
  for (const s of [billing, ledger]) await expect(table.getByRole("row").filter({ hasText: s.name }).getByTestId("at-risk")).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: orders.name })).toHaveCount(0);
  await expect(viewer.getByTestId("health-count-AT_RISK").getByTestId("count")).toHaveText("2");

  // The map coloured by health: the consumers marked at risk, the interface's edge DOWN.
  await viewer.goto(`/topology?teamId=${team.id}`);
  await viewer.getByTestId("map-colour-health").click();
  await expect(viewer).toHaveURL(/colour=health/);
  await expect(viewer.getByRole("group", { name: "Health" })).toContainText("At risk");
  const node = (s: { name: string }) => viewer.getByTestId("map-system").filter({ hasText: s.name });
  await expect(node(billing)).toHaveAttribute("data-at-risk", "true");
  await expect(node(ledger)).toHaveAttribute("data-at-risk", "true");
  await expect(node(orders)).not.toHaveAttribute("data-at-risk");
  await expect(viewer.locator(`[data-testid="map-interface"][data-key="${ordersApi.key}"]`)).toHaveAttribute("data-health", "DOWN");

  // The interface's page: DOWN, the drop on the chart, the deployment just before it.
  await viewer.goto(`/interfaces/${ordersApi.id}`);
  const health = viewer.getByTestId("record-health");
  await expect(health.getByTestId("health-state").first()).toHaveAttribute("data-state", "DOWN");
  await viewer.getByRole("group", { name: "Range" }).getByRole("button", { name: "1 h" }).click();
  await expect(health.getByTestId("health-chart")).toHaveAttribute("data-worst", "DOWN");
  await expect(health.getByTestId("health-deployments")).toContainText("deployed 2.4.1");
  await expect(health.getByTestId("chart-status").getByText(/deployed 2\.4\.1/)).toBeVisible();
  // The consumer's page says why it is at risk.
  await viewer.goto(`/systems/${billing.id}`);
  await expect(viewer.getByTestId("record-at-risk")).toContainText(`${ordersApi.name} is Down`);
  // Read-only: nothing to edit for a viewer.
  await expect(viewer.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);

  // The month's SLA report lists the breach: four of five samples UP against 99.9 %.
  await viewer.goto(`/health/sla?teamId=${team.id}`);
  const slaRow = viewer.getByRole("row").filter({ hasText: ordersApi.name });
  await expect(slaRow).toContainText("80 %");
  await expect(slaRow.getByText("Missed").first()).toBeVisible();
  await expect(viewer.getByTestId("sla-figures")).toContainText("Breached1");

  // Recovery: one UP sample clears the risk everywhere.
  await post(monitor, "/api/v1/health/signals", { samples: [{ target, at: new Date().toISOString(), source: "prometheus", status: "UP", latencyP95Ms: 90 }] }, 200);
  await viewer.goto(`/topology?teamId=${team.id}&colour=health`);
  await expect(node(billing)).toHaveAttribute("data-health", "UNKNOWN");
  await expect(node(billing)).not.toHaveAttribute("data-at-risk");
  await expect(viewer.locator(`[data-testid="map-interface"][data-key="${ordersApi.key}"]`)).toHaveAttribute("data-health", "UP");
  await viewer.goto(`/health?teamId=${team.id}&state=AT_RISK`);
  await expect(viewer.getByTestId("health-count-AT_RISK").getByTestId("count")).toHaveText("0");

  await monitor.dispose();
  await viewerContext.close();
});
