import "server-only";
// What Junction holds for one entity, as import records (the shape the CSV/xlsx columns read and
// write), so an export is the records an import would need to leave everything unchanged. Ordered
// by key (people by email) so two exports of the same estate are the same file.
import type { TImportEntity } from "@/lib/schemas/interop";
import { db } from "@/server/db";

export type ListTableRecordsOptions = { entity: TImportEntity };

const key = { select: { key: true } } as const;
const email = { select: { email: true } } as const;

export async function listTableRecords({ entity }: ListTableRecordsOptions): Promise<Record<string, unknown>[]> {
  const prisma = db();
  switch (entity) {
    case "systems": {
      const rows = await prisma.system.findMany({
        orderBy: { key: "asc" },
        select: {
          key: true, name: true, description: true, kind: true, layer: true, tier: true, lifecycle: true, vendor: true,
          isThirdParty: true, tags: true, domain: true, grouping: true, docsUrl: true, repoUrl: true, runbookUrl: true,
          monitoringUrl: true, sourceRef: true, team: key, technicalOwner: email, businessOwner: email,
        },
      });
      return rows.map(({ team, technicalOwner, businessOwner, ...s }) => ({
        ...s, team: team?.key ?? null, technicalOwner: technicalOwner?.email ?? null, businessOwner: businessOwner?.email ?? null,
      }));
    }
    case "interfaces": {
      const rows = await prisma.interface.findMany({
        orderBy: { key: "asc" },
        select: {
          key: true, name: true, description: true, style: true, mode: true, endpoint: true, dataObjects: true, authMethod: true,
          tier: true, lifecycle: true, contractUrl: true, sourceRef: true,
          provider: key, consumer: key, via: key, team: key, technicalOwner: email,
        },
      });
      return rows.map(({ provider, consumer, via, team, technicalOwner, ...i }) => ({
        ...i, provider: provider.key, consumer: consumer.key, via: via?.key ?? null, team: team?.key ?? null,
        technicalOwner: technicalOwner?.email ?? null,
      }));
    }
    case "teams": {
      const rows = await prisma.team.findMany({
        orderBy: { key: "asc" },
        select: {
          key: true, name: true, description: true, contactEmail: true, chatChannel: true, onCall: true, sourceRef: true, parent: key,
          members: { select: { role: true, user: email }, orderBy: [{ role: "asc" }, { user: { email: "asc" } }] },
        },
      });
      return rows.map(({ parent, members, ...t }) => ({
        ...t, parent: parent?.key ?? null, members: members.map((m) => ({ email: m.user.email, role: m.role })),
      }));
    }
    case "people":
      return prisma.user.findMany({ orderBy: { email: "asc" }, select: { email: true, name: true, active: true, sourceRef: true } });
  }
}
