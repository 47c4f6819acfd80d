import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // server-only throws outside React Server Components; in tests these modules run in plain Node.
  "server-only": path.resolve(import.meta.dirname, "scripts/lib/server-only-stub.ts"),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["app/**/*.test.ts", "lib/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "cli/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Over HTTP against a running server (JUNCTION_BASE_URL); see tests/integration/helpers/client.ts.
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
