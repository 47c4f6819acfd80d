import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "server/generated/**", ".data/**", "playwright-report/**", "test-results/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // Dependencies point one way: app → components → lib and app → server → lib (scripts and tests
    // may use anything). The list of API routes lives in app/ and is handed down to server code.
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./server", from: ["./app", "./scripts", "./components", "./hooks"], message: "server/ must not depend on app/, scripts/ or UI code: pass what it needs as a parameter." },
            // The enums Prisma generates from schema.prisma (the single source of truth) are the one exception.
            { target: "./lib", from: "./server", except: ["./generated/prisma/enums.ts"], message: "lib/ must not depend on server/: move the shared piece into lib/." },
            { target: "./lib", from: ["./app", "./scripts", "./components", "./hooks"], message: "lib/ is the bottom layer." },
            { target: ["./components", "./hooks"], from: ["./server", "./app", "./scripts"], message: "UI code depends on lib/ only; the page in app/ passes server data down as props." },
            { target: "./cli", from: ["./server", "./app", "./scripts", "./components", "./hooks"], message: "cli/ talks to the server over HTTP: it depends on lib/ only." },
          ],
        },
      ],
    },
  },
  {
    // Test helpers parse arbitrary JSON responses.
    files: ["tests/**", "e2e/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
];

export default config;
