// The demo estate, created once on first start (a Setting row remembers it, so records the user
// later deletes are not brought back). Not marked server-only: scripts run it outside Next.js.
import type { Db } from "../db-client";
import { hash } from "@node-rs/argon2";
import type { ContractFormat } from "../generated/prisma/enums";
import type { TEstate, TEstateInterface, TEstateSystem } from "../import/estate-types";
import { IMPORT_TRANSACTION, importEstateInTransaction } from "../import/import-estate";
import { DEMO_ESTATE } from "./demo-estate";
import { DEMO_HISTORY } from "./demo-estate-history";
import { applyDemoHistory } from "./apply-demo-history";
import { seedDemoAlerts } from "./demo-alerts";

export const DEMO_PASSWORD = "junction-demo";
export const DEMO_ACCOUNTS = [
  { email: "admin@junction.local", name: "Ada Admin", role: "ADMIN", password: DEMO_PASSWORD },
  { email: "engineer@junction.local", name: "Eve Engineer", role: "ENGINEER", password: DEMO_PASSWORD },
  { email: "viewer@junction.local", name: "Victor Viewer", role: "VIEWER", password: DEMO_PASSWORD },
] as const;

const SEEDED_KEY = "demo-seeded-at";
// Any constant works; it only has to be the same for every Junction process seeding this database.
const SEED_LOCK = 7_340_001;

const CONTRACT_FILE: Record<Exclude<ContractFormat, "NONE">, string> = {
  OPENAPI: "openapi.yaml", ASYNCAPI: "asyncapi.yaml", PROTOBUF: "service.proto", GRAPHQL_SDL: "schema.graphql",
  WSDL: "service.wsdl", OTHER: "spec.md",
};

// Unless the data says otherwise, whoever owns the provider answers for the interface, and a
// declared contract lives in the provider's repository (the "contract first" convention).
function withDefaults(i: TEstateInterface, provider: TEstateSystem | undefined): TEstateInterface {
  const format = i.contractFormat ?? "NONE";
  const contractUrl = format === "NONE" ? null : `https://contracts.lumen.example/${i.provider}/${i.key}/${CONTRACT_FILE[format]}`;
  return {
    ...i,
    team: i.team === undefined ? (provider?.team ?? null) : i.team,
    technicalOwner: i.technicalOwner === undefined ? (provider?.technicalOwner ?? null) : i.technicalOwner,
    contractUrl: i.contractUrl ?? contractUrl,
  };
}

/** The demo estate as the importer takes it; the demo accounts sign in with DEMO_PASSWORD. */
export function buildDemoEstate(passwordHash: string): TEstate {
  const systems = new Map(DEMO_ESTATE.systems.map((s) => [s.key, s]));
  return {
    users: [
      ...DEMO_ACCOUNTS.map((a) => ({ email: a.email, name: a.name, role: a.role, passwordHash })),
      ...DEMO_ESTATE.people,
    ],
    teams: [...DEMO_ESTATE.teams],
    systems: [...DEMO_ESTATE.systems],
    interfaces: DEMO_ESTATE.interfaces.map((i) => withDefaults(i, systems.get(i.provider))),
  };
}

/** Seeds the demo estate and its history in one transaction; false when it was seeded before. */
export async function seedDemo(prisma: Db): Promise<boolean> {
  if (await prisma.setting.findUnique({ where: { key: SEEDED_KEY } })) return false;
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  return prisma.$transaction(async (tx) => {
    // Two processes starting at once: the second waits here, then finds the marker.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
    if (await tx.setting.findUnique({ where: { key: SEEDED_KEY } })) return false;
    await importEstateInTransaction(tx, { actorLabel: "seed", estate: buildDemoEstate(passwordHash) });
    await applyDemoHistory(tx, DEMO_HISTORY);
    await seedDemoAlerts(tx);
    await tx.setting.create({ data: { key: SEEDED_KEY, value: new Date().toISOString() } });
    return true;
  }, IMPORT_TRANSACTION);
}
