import "server-only";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { writeAudit } from "@/server/audit/write-audit";
import { checkReferences } from "@/server/shared/check-references";
import type { TMaintenanceCreate } from "@/lib/schemas/alerts-admin";
import { maintenanceView } from "./maintenance-view";

/** A maintenance window for one system, audited: its alerts notify nobody while it is open. */
export async function createMaintenance({ actor, input }: { actor: Actor; input: TMaintenanceCreate }) {
  return db().$transaction(async (tx) => {
    await checkReferences(tx, { systems: [{ path: "systemId", id: input.systemId }] });
    const data =
      input.kind === "ONE_OFF"
        ? { kind: input.kind, systemId: input.systemId, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt), comment: input.comment }
        : {
            kind: input.kind, systemId: input.systemId, weekday: input.weekday, startMinute: input.startMinute,
            durationMinutes: input.durationMinutes, timeZone: input.timeZone, comment: input.comment,
          };
    const window = await tx.maintenanceWindow.create({ data: { ...data, createdById: actor.userId } });
    await writeAudit(tx, { actor, action: "CREATE", entityType: "MAINTENANCE_WINDOW", entityId: window.id, after: window });
    return maintenanceView(window);
  });
}
