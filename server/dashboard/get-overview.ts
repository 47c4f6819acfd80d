import "server-only";
import { db } from "@/server/db";

export type GetOverviewOptions = { recent: number };

/** Totals and the latest catalogue changes for the landing page (aggregated in the database). */
export async function getOverview({ recent }: GetOverviewOptions) {
  const [systems, interfaces, teams, people, byLayer, changes] = await Promise.all([
    db().system.count(),
    db().interface.count(),
    db().team.count(),
    db().user.count({ where: { active: true } }),
    db().system.groupBy({ by: ["layer"], _count: { _all: true } }),
    db().auditEntry.findMany({
      where: { entityType: { in: ["SYSTEM", "INTERFACE", "TEAM"] } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: recent,
      select: { id: true, at: true, action: true, entityType: true, entityId: true, actorLabel: true, before: true, after: true },
    }),
  ]);
  return {
    totals: { systems, interfaces, teams, people },
    byLayer: Object.fromEntries(byLayer.map((g) => [g.layer, g._count._all])),
    changes: changes.map((c) => ({
      ...c,
      // The record's name as it was written, so deleted records still read well.
      label: nameOf(c.after) ?? nameOf(c.before) ?? c.entityId,
    })),
  };
}

function nameOf(snapshot: unknown): string | undefined {
  const name = (snapshot as { name?: unknown } | null)?.name;
  return typeof name === "string" ? name : undefined;
}
