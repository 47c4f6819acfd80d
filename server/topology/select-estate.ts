import "server-only";
import type { TTopologyFilters } from "@/lib/schemas/topology";
import type { TopologyGraph } from "@/server/graph/graph-types";

export type SelectEstateOptions = {
  graph: TopologyGraph;
  filters: TTopologyFilters;
  /** Kept whatever the filters say (a focus view's root). */
  always?: number;
};

/** Which systems and interfaces a view draws from: flags indexed like graph.systems / graph.interfaces. */
export type Estate = { systems: Uint8Array; interfaces: Uint8Array; systemCount: number; interfaceCount: number };

const allowed = <T>(values: T[] | undefined) => (values?.length ? new Set(values) : null);

/** Applies the filters to the in-memory graph: an interface counts when both its ends pass and its style does. */
export function selectEstate({ graph, filters, always }: SelectEstateOptions): Estate {
  const kinds = allowed(filters.kind);
  const layers = allowed(filters.layer);
  const tiers = allowed(filters.tier);
  const lifecycles = allowed(filters.lifecycle);
  const teams = allowed(filters.teamId);
  const styles = allowed(filters.style);
  const domains = allowed(filters.domain);
  const groupings = allowed(filters.grouping);
  const systems = new Uint8Array(graph.systems.length);
  let systemCount = 0;
  graph.systems.forEach((s, i) => {
    const pass =
      i === always ||
      ((!kinds || kinds.has(s.kind)) &&
        (!layers || layers.has(s.layer)) &&
        (!tiers || tiers.has(s.tier)) &&
        (!lifecycles || lifecycles.has(s.lifecycle)) &&
        (!teams || (s.teamId !== null && teams.has(s.teamId))) &&
        (!domains || (s.domain !== null && domains.has(s.domain))) &&
        (!groupings || (s.grouping !== null && groupings.has(s.grouping))));
    if (pass) {
      systems[i] = 1;
      systemCount++;
    }
  });
  const interfaces = new Uint8Array(graph.interfaces.length);
  let interfaceCount = 0;
  graph.interfaces.forEach((e, i) => {
    if (systems[e.provider] && systems[e.consumer] && (!styles || styles.has(e.style))) {
      interfaces[i] = 1;
      interfaceCount++;
    }
  });
  return { systems, interfaces, systemCount, interfaceCount };
}
