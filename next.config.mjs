/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and wasm-backed server packages are loaded by Node, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // Next would load every page and route module at start, including its own copies of the
    // /api/v1 routes, which the production server answers from its own bundle (scripts/serve.ts)
    // and Next never runs: ~40 MB of heap for nothing. Pages load on their first request instead.
    preloadEntriesOnStart: false,
  },
  // Prometheus' default path; the production server (server/http/request-listener.ts) does the same.
  async rewrites() {
    return [{ source: "/metrics", destination: "/api/v1/metrics" }];
  },
};

export default nextConfig;
