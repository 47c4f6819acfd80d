// Stand-in for the `server-only` marker package where server modules run outside Next.js's
// bundler: under Vitest, and in the API fast path of scripts/serve.ts. Inside Next the real
// package still guards against client imports.
export {};
