// The planner: existing state + records → what each record does (create, update, unchanged,
// invalid; delete for a prune) and why not. Pure and synchronous: a dry run is this and nothing
// else, and the write step (write-records.ts) only carries out what it decided.
import type { TImportChange, TImportEntity, TImportProblem, TImportRecords, TImportResult } from "@/lib/schemas/interop";
import { IMPORT_ENTITIES } from "@/lib/schemas/interop";
import type { ExistingState } from "./load-existing";
import { fieldOf, isReference } from "./import-columns";
import { PlanContext } from "./plan-context";
import { planInterfaces, planSystems } from "./plan-estate";
import { actionOf, toProblems, type PlanItem } from "./plan-item";
import { planPrune } from "./plan-prune";
import { planPeople, planTeams } from "./plan-teams";

export type PlanRecordsOptions = {
  existing: ExistingState;
  records: TImportRecords;
  newId: () => string;
  badContracts?: Map<string, string>;
  prune?: { team: string };
};

export type Plan = {
  /** Every record in planning order (people, teams, systems, interfaces, then removals). */
  items: PlanItem[];
  changes: TImportChange[];
  problems: TImportProblem[];
  counts: TImportResult["counts"];
};

export function planRecords(o: PlanRecordsOptions): Plan {
  const ctx = new PlanContext(o.existing, o.newId);
  const people = planPeople(ctx, o.records.people);
  const teams = planTeams(ctx, o.records.teams);
  const systems = planSystems(ctx, o.records.systems);
  const interfaces = planInterfaces(ctx, { interfaces: o.records.interfaces, badContracts: o.badContracts ?? new Map() });
  const removals = o.prune ? planPrune(ctx, { team: o.prune.team, systems, interfaces }) : [];
  const items = [...people, ...teams, ...systems.items, ...interfaces.items, ...removals];

  const counts = Object.fromEntries(IMPORT_ENTITIES.map((e) => [e, { create: 0, update: 0, unchanged: 0, delete: 0, invalid: 0 }])) as TImportResult["counts"];
  const show = (column: string, value: unknown) => (isReference(column) && typeof value === "string" ? (ctx.labels.get(value) ?? value) : value);
  const changes = items.map((item): TImportChange => {
    const action = actionOf(item);
    counts[item.entity as TImportEntity][action] += 1;
    if (action !== "update") return { entity: item.entity, key: item.key, action };
    const fields = [
      ...item.changed.map((c) => ({ field: fieldOf(c), before: show(c, item.existing![c]), after: show(c, item.after[c]) })),
      ...item.extra,
    ];
    return { entity: item.entity, key: item.key, action, fields };
  });
  return { items, changes, problems: items.flatMap(toProblems), counts };
}
