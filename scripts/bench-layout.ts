// npm run bench:layout — the topology map's automatic layout (lib/topology/layout) at 200 and
// 1,000 systems, plain and in swimlanes (4 layer lanes, 40 team lanes). The graphs are synthetic,
// seeded and shaped like a real estate: ≈5 interfaces per system, a few hubs with hundreds of
// consumers, many leaf systems, some cycles, a few disconnected islands; nodes 220×64 like the
// map's. Prints p50/p95/max per case against the targets (≤ 300 ms at 200, ≤ 2 s at 1,000) and,
// for the plain picture, the edge crossings between neighbouring layers the within-layer order
// leaves. Always exits 0: it is a measurement, and timings on a shared machine are only indicative.
import os from "node:os";
import { table } from "./lib/bench-measure";
import { createRng } from "../lib/prng";
import { computeLayout } from "../lib/topology/layout/compute-layout";
import type { LayoutInput } from "../lib/topology/layout/layout-types";
import { prepareGraph } from "../lib/topology/layout/prepare-graph";
import { breakCycles } from "../lib/topology/layout/break-cycles";
import { assignLayers } from "../lib/topology/layout/assign-layers";
import { findComponents } from "../lib/topology/layout/find-components";
import { selectSkeleton } from "../lib/topology/layout/select-skeleton";
import { orderLayers } from "../lib/topology/layout/order-layers";
import { countCrossings } from "../lib/topology/layout/count-crossings";

const TARGET_MS: Record<number, number> = { 200: 300, 1000: 2000 };
const RUNS: Record<number, number> = { 200: 20, 1000: 8 };
const WARMUP = 3;
const TIERS = ["DATA", "INFRASTRUCTURE", "BUSINESS", "PRESENTATION"] as const;
const TEAMS = 40;

type Synthetic = { input: LayoutInput; tier: string[]; team: string[] };

/** Levels 0–11 (4 tiers × 3): interfaces mostly run from a lower level to a higher one. */
function syntheticGraph(count: number, seed: number): Synthetic {
  const rng = createRng(seed);
  const level = Array.from({ length: count }, () => 3 * Number(rng.weighted({ 0: 15, 1: 15, 2: 50, 3: 20 })) + rng.int(3));
  const islands = Math.round(count * 0.04); // the last 4 %: pairs, chains of three, lone systems
  const main = count - islands;
  const hubs = Array.from({ length: main }, (_, i) => i).filter((i) => level[i] < 4).slice(0, Math.max(3, Math.round(count * 0.02)));
  const hubWeight = hubs.map((_, k) => 1 / (k + 1)); // Zipf: the first hubs get hundreds of consumers
  const hubSet = new Set(hubs);
  // Leaves (front ends, small services) only consume, and rarely: 1–3 interfaces each.
  const leaf = Array.from({ length: main }, (_, i) => !hubSet.has(i) && rng.chance(0.4));
  const pickHub = () => {
    let r = rng.next() * hubWeight.reduce((a, b) => a + b, 0);
    for (let k = 0; k < hubs.length; k++) if ((r -= hubWeight[k]) < 0) return hubs[k];
    return hubs[0];
  };
  const edges: [number, number][] = [];
  while (edges.length < Math.round(5 * main)) {
    const consumer = rng.int(main);
    if (leaf[consumer] && !rng.chance(0.2)) continue;
    const provider = rng.chance(0.35) ? pickHub() : rng.int(main);
    if (provider === consumer || leaf[provider]) continue;
    // 3 % run against the levels: with the rest they close cycles.
    if (level[provider] >= level[consumer] && !rng.chance(0.03)) continue;
    edges.push([provider, consumer]);
  }
  for (let i = main; i + 1 < count; i++) if ((i - main) % 5 < 3) edges.push([i, i + 1]);

  const tier = level.map((l) => TIERS[Math.floor(l / 3)]);
  const team = level.map(() => `team-${rng.int(TEAMS)}`);
  return {
    input: {
      nodes: level.map((_, i) => ({ id: `sys-${i}`, width: 220, height: 64 })),
      edges: edges.map(([s, t], i) => ({ id: `if-${i}`, source: `sys-${s}`, target: `sys-${t}` })),
    },
    tier,
    team,
  };
}

function grouped(graph: Synthetic, by: "tier" | "team"): LayoutInput {
  const of = graph[by];
  const ids = by === "tier" ? [...TIERS] : Array.from({ length: TEAMS }, (_, t) => `team-${t}`);
  return {
    nodes: graph.input.nodes.map((node, i) => ({ ...node, group: of[i] })),
    edges: graph.input.edges,
    groups: ids.map((id) => ({ id, label: id })),
  };
}

/** Crossings between neighbouring layers in the order the layout gives the nodes (the plain picture). */
function crossings(input: LayoutInput): number {
  const graph = prepareGraph(input);
  const n = graph.ids.length;
  const dag = breakCycles(n, graph.edges);
  const layer = assignLayers(n, dag);
  return countCrossings(layer, orderLayers(n, layer, findComponents(n, dag), selectSkeleton(n, dag, layer)), dag);
}

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];

async function measure(input: LayoutInput, runs: number) {
  const first = performance.now();
  const result = computeLayout(input);
  const cold = performance.now() - first;
  for (let i = 1; i < WARMUP; i++) computeLayout(input);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    computeLayout(input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { cold, times, result };
}

async function main() {
  const started = performance.now();
  console.log(`Layout benchmark — ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  const rows = [["case", "nodes", "edges", "max out", "runs", "first", "p50", "p95", "max", "target", "met", "size", "crossings"]];
  let allMet = true;
  for (const size of [200, 1000]) {
    const graph = syntheticGraph(size, 20_260_000 + size);
    const out = new Map<string, number>();
    for (const e of graph.input.edges) out.set(e.source, (out.get(e.source) ?? 0) + 1);
    const cases: [string, LayoutInput][] = [
      ["plain", graph.input],
      ["4 layer lanes", grouped(graph, "tier")],
      [`${TEAMS} team lanes`, grouped(graph, "team")],
    ];
    for (const [name, input] of cases) {
      const { cold, times, result } = await measure(input, RUNS[size]);
      const p95 = percentile(times, 0.95);
      const met = p95 <= TARGET_MS[size];
      allMet &&= met;
      rows.push([
        name, String(size), String(input.edges.length), String(Math.max(...out.values())), String(times.length),
        `${cold.toFixed(0)} ms`, `${percentile(times, 0.5).toFixed(0)} ms`, `${p95.toFixed(0)} ms`, `${times[times.length - 1].toFixed(0)} ms`,
        `≤ ${TARGET_MS[size]} ms`, met ? "yes" : "NO", `${result.width.toFixed(0)}×${result.height.toFixed(0)}`,
        name === "plain" ? String(crossings(input)) : "",
      ]);
    }
  }
  console.log(table(rows));
  console.log(`"first" is a cold call (JIT warm-up); p50/p95/max are over the runs after ${WARMUP} warm-up calls.`);
  console.log(`${allMet ? "All targets met (p95)." : "Some targets missed (p95)."} Total ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
