// Prisma CLI configuration. Only used by the standard `prisma` CLI (e.g. `prisma migrate deploy`
// where the native engine can be downloaded); our own scripts drive the wasm engine directly.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
