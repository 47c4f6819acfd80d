// Systems, then interfaces: the planner's last two stages, with the checks the single endpoints
// make (owners are active people, provider ≠ consumer, the broker differs from both). Pure.
import { createHash } from "node:crypto";
import type { TImportInterface, TImportSystem } from "@/lib/schemas/interop";
import { Matcher, type PlanContext } from "./plan-context";
import { given, isValid, startItem, type PlanItem } from "./plan-item";

export function planSystems(ctx: PlanContext, systems: TImportSystem[]): { items: PlanItem[]; matcher: Matcher } {
  const matcher = new Matcher({ rows: ctx.existing.systems, keyColumn: "key" });
  const items = systems.map((s) => {
    const problems: PlanItem["problems"] = [];
    const existing = matcher.match(s.key, s.sourceRef, problems);
    const values = given({
      key: s.key, name: s.name, description: s.description, kind: s.kind, layer: s.layer, tier: s.tier, lifecycle: s.lifecycle,
      vendor: s.vendor, isThirdParty: s.isThirdParty, tags: s.tags, domain: s.domain, grouping: s.grouping, docsUrl: s.docsUrl,
      repoUrl: s.repoUrl, runbookUrl: s.runbookUrl, monitoringUrl: s.monitoringUrl, sourceRef: s.sourceRef,
      teamId: ctx.resolve("team", problems, "team", s.team),
      technicalOwnerId: ctx.resolve("person", problems, "technicalOwner", s.technicalOwner, true, existing?.technicalOwnerId),
      businessOwnerId: ctx.resolve("person", problems, "businessOwner", s.businessOwner, true, existing?.businessOwnerId),
    });
    const item = startItem({ entity: "systems", table: "System", key: s.key, origin: s.origin, existing, values, required: ["name", "kind", "layer"], newId: ctx.newId, problems });
    return item;
  });
  // Registered after all are planned: a system never refers to another system.
  items.forEach((item) => ctx.settle("system", item, isValid(item)));
  return { items, matcher };
}

export type PlanInterfacesOptions = {
  interfaces: TImportInterface[];
  /** Contracts that could not be read, by interface key (found before planning, where parsing is async). */
  badContracts: Map<string, string>;
};

export const contractSha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export function planInterfaces(ctx: PlanContext, o: PlanInterfacesOptions): { items: PlanItem[]; matcher: Matcher } {
  const matcher = new Matcher({ rows: ctx.existing.interfaces, keyColumn: "key" });
  const items = o.interfaces.map((i) => {
    const problems: PlanItem["problems"] = [];
    const existing = matcher.match(i.key, i.sourceRef, problems);
    const values = given({
      key: i.key, name: i.name, description: i.description, style: i.style, mode: i.mode, endpoint: i.endpoint, dataObjects: i.dataObjects,
      authMethod: i.authMethod, tier: i.tier, lifecycle: i.lifecycle, contractUrl: i.contractUrl, sourceRef: i.sourceRef,
      providerSystemId: ctx.resolve("system", problems, "provider", i.provider),
      consumerSystemId: ctx.resolve("system", problems, "consumer", i.consumer),
      viaSystemId: ctx.resolve("system", problems, "via", i.via),
      teamId: ctx.resolve("team", problems, "team", i.team),
      technicalOwnerId: ctx.resolve("person", problems, "technicalOwner", i.technicalOwner, true, existing?.technicalOwnerId),
    });
    const item = startItem({
      entity: "interfaces", table: "Interface", key: i.key, origin: i.origin, existing, values,
      required: ["name", "style", "mode", "providerSystemId", "consumerSystemId"], newId: ctx.newId, problems,
    });
    // Judged on the merged record, as a PATCH is: moving one end is checked against the other it keeps.
    const { providerSystemId: p, consumerSystemId: c, viaSystemId: v } = item.after;
    if (p && c && p === c) item.problems.push({ field: "consumer", message: "must differ from the provider" });
    if (v && (v === p || v === c)) item.problems.push({ field: "via", message: "must differ from the provider and the consumer" });
    if (i.contract) planContract(ctx, item, i.contract, o.badContracts.get(i.key));
    return item;
  });
  return { items, matcher };
}

function planContract(ctx: PlanContext, item: PlanItem, contract: NonNullable<TImportInterface["contract"]>, bad: string | undefined): void {
  if (bad) {
    item.problems.push({ field: "contract", message: bad });
    return;
  }
  const before = item.existing ? (ctx.existing.contractSha.get(item.existing.id) ?? null) : null;
  const after = contractSha(contract.text);
  // The same text as the newest version adds nothing: a re-import stays unchanged.
  if (before === after) return;
  item.extra.push({ field: "contract", before: before && `sha256:${before}`, after: `sha256:${after}` });
  item.contract = contract;
}
