/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and wasm-backed server packages are loaded by Node, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // Prometheus' default path; the production server (server/http/request-listener.ts) does the same.
  async rewrites() {
    return [{ source: "/metrics", destination: "/api/v1/metrics" }];
  },
};

export default nextConfig;
