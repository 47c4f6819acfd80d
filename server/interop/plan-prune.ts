// `junction apply --prune`: the team's systems and interfaces that the records no longer list go,
// interfaces first. A system another team's interface still uses is refused (a problem), never
// deleted from under that team. Pure.
import type { Row } from "./import-columns";
import type { Matcher, PlanContext } from "./plan-context";
import { isValid, type PlanItem } from "./plan-item";

export type PlanPruneOptions = {
  team: string;
  systems: { items: PlanItem[]; matcher: Matcher };
  interfaces: { items: PlanItem[]; matcher: Matcher };
};

const ENDS = ["providerSystemId", "consumerSystemId", "viaSystemId"] as const;

const removal = (entity: "systems" | "interfaces", row: Row): PlanItem => ({
  entity, table: entity === "systems" ? "System" : "Interface", key: String(row.key), existing: row, after: row,
  changed: [], extra: [], problems: [], remove: true,
});

export function planPrune(ctx: PlanContext, o: PlanPruneOptions): PlanItem[] {
  const team = ctx.refs.team.get(o.team);
  if (!team) return [];
  const teamOfSystem = new Map(ctx.existing.systems.map((s) => [s.id, s.teamId as string | null]));
  // An interface without a team of its own is answered for by its provider's team.
  const teamOf = (i: Row) => (i.teamId as string | null) ?? teamOfSystem.get(String(i.providerSystemId)) ?? null;
  const goingInterfaces = ctx.existing.interfaces
    .filter((i) => teamOf(i) === team.id && !o.interfaces.matcher.isClaimed(i.id))
    .map((i) => removal("interfaces", i));
  const going = new Set(goingInterfaces.map((i) => i.existing!.id));

  // What still uses a system after the import: interfaces that stay as they are, and the imported ones as planned.
  const staying = [
    ...ctx.existing.interfaces.filter((i) => !going.has(i.id) && !o.interfaces.matcher.isClaimed(i.id)),
    ...o.interfaces.items.filter(isValid).map((i) => i.after),
  ];
  const users = new Map<string, Row[]>();
  for (const i of staying) for (const end of ENDS) if (i[end]) users.set(String(i[end]), [...(users.get(String(i[end])) ?? []), i]);

  const goingSystems = ctx.existing.systems
    .filter((s) => s.teamId === team.id && !o.systems.matcher.isClaimed(s.id))
    .map((s) => {
      const item = removal("systems", s);
      const using = users.get(s.id) ?? [];
      if (using.length) {
        const names = using.slice(0, 5).map((i) => `${String(i.key)} (team ${ctx.labels.get(String(teamOf(i))) ?? "none"})`);
        item.problems.push({ field: null, message: `cannot be pruned: still used by interface ${names.join(", ")}${using.length > 5 ? ` and ${using.length - 5} more` : ""}` });
      }
      return item;
    });
  return [...goingInterfaces, ...goingSystems];
}
