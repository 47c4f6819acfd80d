import "server-only";
import { db } from "@/server/db";
import { hotRows } from "@/server/db-hot";
import { Prisma } from "@/server/generated/prisma/client";
import { compileMatchers, type CompiledMatcher, type Matcher } from "@/lib/alerts/match-silence";
import type { MaintenanceSpec } from "@/lib/alerts/maintenance-window";
import type { SubjectType } from "@/server/generated/prisma/enums";
import { maintenanceSpec } from "./maintenance-view";

export type MappingRuleRow = { id: string; label: string; value: string | null; targetType: SubjectType; targetId: string | null; priority: number };
export type ActiveSilence = { id: string; startsAt: number; endsAt: number; matchers: CompiledMatcher[] };
export type MaintenanceRow = { id: string; systemId: string; spec: MaintenanceSpec };
export type AlertConfig = { version: string; rules: MappingRuleRow[]; silences: ActiveSilence[]; windows: Map<string, MaintenanceRow[]> };

type Holder = { entry?: AlertConfig; loading?: Promise<AlertConfig> };
const holder = ((globalThis as unknown as { junctionAlertConfig?: Holder }).junctionAlertConfig ??= {});

const VERSION = Prisma.sql`SELECT "version"::text AS "version" FROM "AlertConfigState" WHERE "id" = 1`;

async function load(version: string): Promise<AlertConfig> {
  // One transaction, so rules, silences and windows are of one moment; the version is re-read in
  // it and kept, so a change committed between the two reads is picked up at the next request.
  const [rows, rules, silences, windows] = await db().$transaction([
    db().$queryRaw<{ version: string }[]>(VERSION),
    db().alertMappingRule.findMany({ orderBy: [{ priority: "asc" }, { createdAt: "asc" }] }),
    // Silences that have not ended (those not started yet included: they start while cached).
    db().silence.findMany({ where: { endsAt: { gt: new Date() } } }),
    db().maintenanceWindow.findMany(),
  ]);
  // Aliases (a value given) before key lookups: "map this value to …" is the more specific rule.
  rules.sort((a, b) => Number(a.value === null) - Number(b.value === null) || a.priority - b.priority);
  const bySystem = new Map<string, MaintenanceRow[]>();
  for (const w of windows) {
    bySystem.set(w.systemId, [...(bySystem.get(w.systemId) ?? []), { id: w.id, systemId: w.systemId, spec: maintenanceSpec(w) }]);
  }
  return {
    version: rows[0]?.version ?? version,
    rules,
    silences: silences.map((s) => ({ id: s.id, startsAt: s.startsAt.getTime(), endsAt: s.endsAt.getTime(), matchers: compileMatchers(s.matchers as Matcher[]) })),
    windows: bySystem,
  };
}

/**
 * Mapping rules, silences and maintenance windows as this instance holds them: one indexed read of
 * AlertConfigState's version per call (triggers bump it on every change to the three tables, from
 * any instance), a reload only when it moved. Silences are kept until they end; whether one has
 * started or ended is judged per alert against the clock, so the cache never needs a timer. A
 * silence created later than the last reload bumps the version: it is never missed.
 */
export async function readAlertConfig(): Promise<AlertConfig> {
  const [row] = await hotRows<{ version: string }>("junction_alert_config_version", VERSION);
  const version = row?.version ?? "none";
  // The ended silences are dropped at the next reload; until then they simply no longer match.
  if (holder.entry && holder.entry.version === version) return holder.entry;
  holder.loading ??= load(version).finally(() => (holder.loading = undefined));
  const entry = await holder.loading;
  if (!holder.entry || BigInt(entry.version === "none" ? 0 : entry.version) >= BigInt(holder.entry.version === "none" ? 0 : holder.entry.version)) holder.entry = entry;
  return entry;
}
