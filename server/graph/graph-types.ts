// The dependency graph as one app instance holds it in memory (see get-graph.ts): plain records
// for what responses show, and compressed adjacency arrays for traversals that must stay in the
// low milliseconds at 50,000 systems.
import type { InterfaceMode, InterfaceStyle, Layer, Lifecycle, SystemKind } from "@/server/generated/prisma/enums";

export type GraphSystem = {
  id: string;
  key: string;
  name: string;
  kind: SystemKind;
  layer: Layer;
  tier: number;
  lifecycle: Lifecycle;
  teamId: string | null;
  technicalOwnerId: string | null;
  /** Grouping labels from a catalog import (Backstage Domain / System): the map groups and filters by them. */
  domain: string | null;
  grouping: string | null;
};

export type GraphInterface = {
  id: string;
  key: string;
  name: string;
  style: InterfaceStyle;
  mode: InterfaceMode;
  /** Path, topic, queue or schedule: the map's edge tooltip shows it. */
  endpoint: string | null;
  /** Indexes into TopologyGraph.systems; via is -1 when the interface passes through no broker. */
  provider: number;
  consumer: number;
  via: number;
};

/**
 * Arcs in compressed sparse row form: the arcs leaving system i are start[i] … start[i + 1] - 1;
 * arc a goes to system target[a] and belongs to interface edge[a].
 */
export type Adjacency = { start: Int32Array; target: Int32Array; edge: Int32Array };

export type TopologyGraph = {
  /** TopologyState.version the graph was read at (the same snapshot as its rows). */
  version: bigint;
  systems: GraphSystem[];
  interfaces: GraphInterface[];
  systemIndex: Map<string, number>;
  systemKeyIndex: Map<string, number>;
  interfaceIndex: Map<string, number>;
  interfaceKeyIndex: Map<string, number>;
  /** Per system: its tier, in a typed array (the records are scattered in memory; a pass over
   * 50,000 of them for one field cost ~2.5 ms, this ~0.4 ms). */
  tier: Uint8Array;
  /** Owning teams as small integers: teamIndex[system] is an index into teamIds, or -1 for none. */
  teamIds: string[];
  teamIndex: Int32Array;
  /** Per interface: its style as an index into INTERFACE_STYLES, for counting in typed arrays. */
  styleIndex: Uint8Array;
  /** Position of each system in (tier, name, key) order: most critical first, then alphabetical. */
  rank: Int32Array;
  /** The inverse of rank: byRank[rank[i]] === i. */
  byRank: Int32Array;
  /**
   * downstream: provider → consumer, and broker → consumer for an interface that passes through
   * one (the interface fails when its broker does). upstream: the same arcs reversed.
   */
  downstream: Adjacency;
  upstream: Adjacency;
};

export type GraphDirection = "downstream" | "upstream";
