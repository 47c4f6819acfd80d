import "server-only";
// Everything the Backstage export writes, in five reads (the newest contract per interface in
// one DISTINCT ON, not one query per interface).
import { db } from "@/server/db";
import type { TExportData, TExportInterface } from "./export-types";

export async function loadBackstageExport(): Promise<TExportData> {
  const prisma = db();
  const [teams, members, users, systems, interfaces, contracts] = await Promise.all([
    prisma.team.findMany({ select: { id: true, key: true, name: true, description: true, contactEmail: true, parentId: true, sourceRef: true }, orderBy: { key: "asc" } }),
    prisma.teamMember.findMany({ select: { teamId: true, userId: true } }),
    prisma.user.findMany({ select: { id: true, email: true, name: true, sourceRef: true }, orderBy: { email: "asc" } }),
    prisma.system.findMany({
      select: {
        id: true, key: true, name: true, description: true, kind: true, layer: true, lifecycle: true, tags: true,
        teamId: true, technicalOwnerId: true, grouping: true, domain: true, sourceRef: true,
      },
      orderBy: { key: "asc" },
    }),
    prisma.interface.findMany({
      select: {
        id: true, key: true, name: true, description: true, style: true, mode: true, lifecycle: true,
        providerSystemId: true, consumerSystemId: true, teamId: true, technicalOwnerId: true,
        contractFormat: true, contractUrl: true, sourceRef: true,
      },
      orderBy: { key: "asc" },
    }),
    prisma.$queryRaw<{ interfaceId: string; text: string }[]>`
      SELECT DISTINCT ON ("interfaceId") "interfaceId", "text" FROM "ContractVersion" ORDER BY "interfaceId", "number" DESC`,
  ]);
  const contractOf = new Map(contracts.map((c) => [c.interfaceId, c.text]));
  return {
    teams, members, users, systems,
    interfaces: interfaces.map(({ id, ...i }): TExportInterface => ({ ...i, contract: contractOf.get(id) ?? null })),
  };
}
