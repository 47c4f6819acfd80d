import { defineConfig, devices } from "@playwright/test";

// The server is started by scripts/test.ts (npm test); E2E_BASE_URL points at it.
const baseURL = process.env.E2E_BASE_URL ?? "http://localhost:3000";
const launchOptions = {
  // Debian's Chromium: Playwright's own browser download is not reachable from our machines.
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure", locale: "en-US" },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { launchOptions } },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
  ],
});
