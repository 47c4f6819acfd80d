import "server-only";
import type { TopologyGraph } from "@/server/graph/graph-types";
import type { MappingRuleRow } from "./read-alert-config";

export type CatalogTarget = { systemId: string | null; interfaceId: string | null; ruleId: string | null };

export type MapToCatalogOptions = { rules: MappingRuleRow[]; graph: TopologyGraph; labels: Record<string, string> };

const NONE: CatalogTarget = { systemId: null, interfaceId: null, ruleId: null };

/**
 * The system (and interface) an alert is about: the first rule that matches its labels. A rule
 * without a value looks the label's value up as a record key; one with a value is an alias for
 * exactly that value. An interface's alerts belong to its provider system (incidents are per
 * system). A rule pointing at a record deleted since is skipped. No match: unmapped.
 */
export function mapToCatalog({ rules, graph, labels }: MapToCatalogOptions): CatalogTarget {
  for (const rule of rules) {
    const value = labels[rule.label];
    if (value === undefined) continue;
    if (rule.value !== null && rule.value !== value) continue;
    if (rule.targetType === "SYSTEM") {
      const index = rule.value === null ? graph.systemKeyIndex.get(value) : rule.targetId ? graph.systemIndex.get(rule.targetId) : undefined;
      if (index !== undefined) return { systemId: graph.systems[index].id, interfaceId: null, ruleId: rule.id };
    } else {
      const index = rule.value === null ? graph.interfaceKeyIndex.get(value) : rule.targetId ? graph.interfaceIndex.get(rule.targetId) : undefined;
      if (index !== undefined) {
        const itf = graph.interfaces[index];
        return { systemId: graph.systems[itf.provider].id, interfaceId: itf.id, ruleId: rule.id };
      }
    }
  }
  return NONE;
}
