import "server-only";
import { matchesAll } from "@/lib/alerts/match-silence";
import { isMaintenanceOpen } from "@/lib/alerts/maintenance-window";
import type { AlertSuppression } from "@/server/generated/prisma/enums";
import type { AlertConfig } from "./read-alert-config";

export type Suppression = { suppressedBy: AlertSuppression | null; silenceId: string | null };

export type DecideSuppressionOptions = { config: AlertConfig; labels: Record<string, string>; systemId: string | null; now: number };

/** Why an alert notifies nobody right now: a silence matching its labels first, else its system's open maintenance window. */
export function decideSuppression({ config, labels, systemId, now }: DecideSuppressionOptions): Suppression {
  for (const s of config.silences) {
    if (s.startsAt <= now && now < s.endsAt && matchesAll(s.matchers, labels)) return { suppressedBy: "SILENCE", silenceId: s.id };
  }
  if (systemId && config.windows.get(systemId)?.some((w) => isMaintenanceOpen(w.spec, now))) return { suppressedBy: "MAINTENANCE", silenceId: null };
  return { suppressedBy: null, silenceId: null };
}
