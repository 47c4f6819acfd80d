import { chromium } from "@playwright/test";
import { startEmbeddedPostgres } from "/work/wt/health/scripts/lib/embedded-postgres";
import { startServer } from "/work/wt/health/scripts/lib/server";
const cluster = await startEmbeddedPostgres({ name: "dev", port: 54700, database: "junction", durable: true });
const server = await startServer({ port: 3710, databaseUrl: cluster.url, quiet: true });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
try {
  const ctx = await browser.newContext({ baseURL: server.url, viewport: { width: 1440, height: 1000 } });
  const page = await ctx.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@junction.local");
  await page.getByLabel("Password").fill("junction-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  const api = page.request;
  const token = await (await api.post("/api/v1/ingestion/tokens", { data: { name: `shots ${Date.now()}`, scope: "INGEST" } })).json();
  const ifaces = (await (await api.get("/api/v1/interfaces?pageSize=100")).json()).items as { id: string; name: string; providerSystemId?: string; provider?: { id: string } }[];
  const iface = ifaces[0];
  const detail = await (await api.get(`/api/v1/interfaces/${iface.id}`)).json();
  const mon = { authorization: `Bearer ${token.secret}` };
  const now = Date.now();
  const samples = Array.from({ length: 60 }, (_, i) => ({ target: { type: "INTERFACE", id: iface.id }, at: new Date(now - (60 - i) * 60_000).toISOString(), source: "prometheus",
    status: i > 52 ? "DOWN" : i > 48 ? "DEGRADED" : "UP", latencyP95Ms: i > 48 ? 900 + i * 10 : 80 + (i % 7) * 5, latencyP99Ms: i > 48 ? 1500 : 150, errorRate: i > 50 ? 0.4 : 0.01, throughput: i > 52 ? 5 : 120 }));
  console.log((await api.post("/api/v1/health/signals", { headers: mon, data: { samples } })).status());
  console.log((await api.post("/api/v1/health/events", { headers: mon, data: { events: [{ type: "deployment", system: { id: detail.provider.id }, version: "2.4.1", environment: "production", status: "SUCCEEDED", at: new Date(now - 13 * 60_000).toISOString(), source: "ci" }] } })).status());
  const others = ifaces.slice(5, 40).map((x, i) => ({ target: { type: "INTERFACE", id: x.id }, at: new Date(now - 60_000).toISOString(), source: "prometheus", status: i % 9 === 0 ? "DEGRADED" : "UP" }));
  await api.post("/api/v1/health/signals", { headers: mon, data: { samples: others } });
  for (const theme of ["light", "dark"]) {
    await ctx.addCookies([{ name: "junction-theme", value: theme, url: server.url }]);
    await page.goto("/health?subject=INTERFACE");
    await page.getByTestId("health-problem").first().waitFor();
    await page.getByTestId("at-risk-panel").waitFor();
    await page.screenshot({ path: `.scratch/health-${theme}.png`, fullPage: true });
    await page.goto(`/interfaces/${iface.id}`);
    await page.getByRole("group", { name: "Range" }).getByRole("button", { name: "1 h" }).click();
    await page.getByTestId("chart-status").waitFor();
    await page.waitForTimeout(1500);
    await page.getByTestId("record-health").screenshot({ path: `.scratch/record-${theme}.png` });
    await page.goto(`/topology?colour=health&focus=${detail.provider.id}&depth=2`);
    await page.getByTestId("health-legend").waitFor();
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `.scratch/map-${theme}.png` });
  }
} finally {
  await browser.close(); await server.stop(); await cluster.stop();
}
