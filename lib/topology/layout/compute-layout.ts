// The topology map's automatic layout: layered, left to right by dependency (provider left of
// consumer), optionally in swimlanes. Pure and environment-free, so the same code runs in the
// browser's layout worker, in unit tests and in the benchmark (npm run bench:layout).
//
// Why it is not simply "ELK layered with fast settings" (measured on this 2-core machine with the
// benchmark's graphs: ≈5 interfaces per system, hubs with hundreds of consumers, some cycles):
// ELK layered given every edge took ≈1.9 s for 200 systems with its defaults, 1.5 s with SIMPLE
// placement and POLYLINE routing, and still 0.33 s with crossing minimization switched off; for
// 1,000 systems 28 s and 4.3 s. The time goes into the dummy nodes ELK makes for every layer a long
// edge crosses. So we break cycles and assign layers ourselves (near-linear), order the nodes
// within their layers from the edges between neighbouring layers (select-skeleton.ts,
// order-layers.ts), stack each layer (place-in-layers.ts), set the columns and pack the parts.
// Ordering used to be ELK's too; in the browser its 1.5 MB script and cold first run cost the
// first opening of a 1,000-system map ≈2.5 s, and our sweeps leave as few crossings or fewer
// (README, "The map in the browser, and its layout"; npm run bench:layout prints both).
import { assignLayers } from "./assign-layers";
import { breakCycles } from "./break-cycles";
import { findComponents } from "./find-components";
import type { LayoutInput, LayoutResult } from "./layout-types";
import { componentBlocks, packComponents } from "./pack-components";
import { placeInLayers } from "./place-in-layers";
import { prepareGraph } from "./prepare-graph";
import { selectSkeleton } from "./select-skeleton";
import { stackSwimlanes } from "./stack-swimlanes";

export function computeLayout(input: LayoutInput): LayoutResult {
  const graph = prepareGraph(input);
  const n = graph.ids.length;
  if (n === 0) return { positions: {}, groups: [], width: 0, height: 0 };

  const dag = breakCycles(n, graph.edges);
  const layer = assignLayers(n, dag);
  const component = findComponents(n, dag);
  const inLayer = placeInLayers(graph, layer, component, selectSkeleton(n, dag, layer));
  const blocks = componentBlocks(graph, layer, inLayer, component);

  const grouped = input.groups !== undefined || graph.group.some((g) => g !== null);
  const placed = grouped ? stackSwimlanes(graph, layer, blocks, input.groups) : { ...packComponents(graph, blocks), lanes: [] };
  const positions: LayoutResult["positions"] = {};
  graph.ids.forEach((id, v) => (positions[id] = { x: placed.x[v], y: placed.y[v] }));
  return { positions, groups: placed.lanes, width: placed.width, height: placed.height };
}
