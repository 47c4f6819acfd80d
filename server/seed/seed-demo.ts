// The demo estate, created once on first start (a Setting row remembers it, so records the user
// later deletes are not brought back). Not marked server-only: scripts run it outside Next.js.
import type { ScriptPrisma } from "../../scripts/lib/prisma";
import { hash } from "@node-rs/argon2";

export const DEMO_PASSWORD = "junction-demo";
export const DEMO_ACCOUNTS = [
  { email: "admin@junction.local", name: "Ada Admin", role: "ADMIN", password: DEMO_PASSWORD },
  { email: "engineer@junction.local", name: "Eve Engineer", role: "ENGINEER", password: DEMO_PASSWORD },
  { email: "viewer@junction.local", name: "Victor Viewer", role: "VIEWER", password: DEMO_PASSWORD },
] as const;

const SEEDED_KEY = "demo-seeded-at";

export async function seedDemo(prisma: ScriptPrisma): Promise<boolean> {
  if (await prisma.setting.findUnique({ where: { key: SEEDED_KEY } })) return false;
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  for (const a of DEMO_ACCOUNTS) {
    await prisma.user.upsert({
      where: { email: a.email },
      update: {},
      create: { email: a.email, name: a.name, role: a.role, passwordHash },
    });
  }
  await prisma.setting.create({ data: { key: SEEDED_KEY, value: new Date().toISOString() } });
  return true;
}
