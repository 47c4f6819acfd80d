// Impact highlighting: the root and everything it reaches stand out, the rest is dimmed. Only
// elements whose emphasis changes get new objects, so React Flow re-renders just those.
import type { Emphasis, MapEdge, MapNode } from "./to-flow";

export type Reach = { rootId: string; systems: Map<string, number>; interfaces: Map<string, number> };

function nodeEmphasis(id: string, reach: Reach | null): Emphasis {
  if (!reach) return null;
  if (id === reach.rootId) return "root";
  return reach.systems.has(id) ? "reached" : "dim";
}

export function emphasizeNodes(nodes: MapNode[], reach: Reach | null): MapNode[] {
  return nodes.map((n) => {
    if (n.type !== "system") return n;
    const emphasis = nodeEmphasis(n.id, reach);
    const distance = reach?.systems.get(n.id) ?? n.data.system.distance;
    if (emphasis === n.data.emphasis && distance === n.data.distance) return n;
    return { ...n, data: { ...n.data, emphasis, distance } };
  });
}

export function emphasizeEdges(edges: MapEdge[], reach: Reach | null): MapEdge[] {
  return edges.map((e) => {
    if (e.type !== "interface" || !e.data) return e;
    const emphasis: Emphasis = !reach ? null : e.id === reach.rootId ? "root" : reach.interfaces.has(e.id) ? "reached" : "dim";
    if (emphasis === e.data.emphasis) return e;
    return { ...e, data: { ...e.data, emphasis }, zIndex: emphasis === "reached" || emphasis === "root" ? 1 : 0 };
  });
}
