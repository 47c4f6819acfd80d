/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and wasm-backed server packages are loaded by Node, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
