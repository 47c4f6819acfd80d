import "server-only";
import type { MaintenanceWindow } from "@/server/generated/prisma/client";
import { isMaintenanceOpen, type MaintenanceSpec } from "@/lib/alerts/maintenance-window";

/** The pure spec of a stored window (lib/alerts/maintenance-window.ts judges it). */
export function maintenanceSpec(w: MaintenanceWindow): MaintenanceSpec {
  return w.kind === "ONE_OFF"
    ? { kind: "ONE_OFF", startsAt: w.startsAt!, endsAt: w.endsAt! }
    : { kind: "WEEKLY", weekday: w.weekday!, startMinute: w.startMinute!, durationMinutes: w.durationMinutes!, timeZone: w.timeZone };
}

/** A window as the API shows it: with whether it is open now. */
export function maintenanceView(w: MaintenanceWindow, now = Date.now()) {
  return { ...w, open: isMaintenanceOpen(maintenanceSpec(w), now) };
}
