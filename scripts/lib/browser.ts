// Playwright drives Debian's Chromium (its own browser download is unreachable here).
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (root && hasApt) {
    console.log("[test] installing Debian's chromium for the browser tests (apt-get, ~30 s)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    const r = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    if (r.status === 0 && existsSync(CHROMIUM)) return;
  }
  throw new Error(
    `No Chromium at ${CHROMIUM}. Install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu), ` +
      "or point CHROMIUM_PATH at a Chromium/Chrome binary, then run npm test again.",
  );
}
