// The topology map's automatic layout: layered, left to right by dependency (provider left of
// consumer), optionally in swimlanes. Pure and environment-free, so the same code runs in the
// browser's layout worker, in unit tests and in the benchmark (npm run bench:layout).
//
// Why it is not simply "ELK layered with fast settings" (measured on this 2-core machine with the
// benchmark's graphs: ≈5 interfaces per system, hubs with hundreds of consumers, some cycles):
// ELK layered given every edge took ≈1.9 s for 200 systems with its defaults, 1.5 s with SIMPLE
// placement and POLYLINE routing, and still 0.33 s with crossing minimization switched off; for
// 1,000 systems 28 s and 4.3 s. The time goes into the dummy nodes ELK makes for every layer a long
// edge crosses. So we break cycles and assign layers ourselves (near-linear), ELK orders and
// places the nodes within their layers from the edges between neighbouring layers
// (select-skeleton.ts), and we set the columns and pack the parts: ≈80 ms at 200 systems and
// ≈0.3–0.5 s at 1,000 after warm-up (npm run bench:layout).
import { assignLayers } from "./assign-layers";
import { breakCycles } from "./break-cycles";
import { findComponents } from "./find-components";
import type { LayoutInput, LayoutResult } from "./layout-types";
import { componentBlocks, packComponents } from "./pack-components";
import { placeInLayers } from "./place-in-layers";
import { prepareGraph } from "./prepare-graph";
import { selectSkeleton } from "./select-skeleton";
import { stackSwimlanes } from "./stack-swimlanes";

export async function computeLayout(input: LayoutInput): Promise<LayoutResult> {
  const graph = prepareGraph(input);
  const n = graph.ids.length;
  if (n === 0) return { positions: {}, groups: [], width: 0, height: 0 };

  const dag = breakCycles(n, graph.edges);
  const layer = assignLayers(n, dag);
  const elkY = await placeInLayers(graph, layer, selectSkeleton(n, dag, layer));
  const blocks = componentBlocks(graph, layer, elkY, findComponents(n, dag));

  const grouped = input.groups !== undefined || graph.group.some((g) => g !== null);
  const placed = grouped ? stackSwimlanes(graph, layer, blocks, input.groups) : { ...packComponents(graph, blocks), lanes: [] };
  const positions: LayoutResult["positions"] = {};
  graph.ids.forEach((id, v) => (positions[id] = { x: placed.x[v], y: placed.y[v] }));
  return { positions, groups: placed.lanes, width: placed.width, height: placed.height };
}
