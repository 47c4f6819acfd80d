// The map as the exporters see it: plain boxes and arrows in the page's coordinates, with no
// React Flow or API types, so every exporter is a pure function that runs in Node tests too.

export type ExportNodeKind = "system" | "group" | "more";
export type ExportEmphasis = "normal" | "highlight" | "dim";

/** A box on the map. `x`/`y` are its top-left corner (React Flow's convention). */
export type ExportNode = {
  id: string;
  label: string;
  sublabel?: string;
  kind: ExportNodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
  emphasis?: ExportEmphasis;
};

/** An interface (or, with `count`, several aggregated ones) from provider `source` to consumer `target`. */
export type ExportEdge = {
  id: string;
  source: string;
  target: string;
  label?: string;
  dashed: boolean;
  count?: number;
};

export type ExportGraph = { title?: string; nodes: ExportNode[]; edges: ExportEdge[] };

/**
 * The nodes (first occurrence of each id) and the edges whose both ends are among them. Every
 * exporter goes through this so that a view filtered by the page never yields an arrow to
 * nowhere, and all formats agree on what is drawn.
 */
export function drawableGraph(graph: ExportGraph): { nodes: ExportNode[]; edges: ExportEdge[] } {
  const byId = new Map<string, ExportNode>();
  for (const node of graph.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const edges = graph.edges.filter((e) => byId.has(e.source) && byId.has(e.target));
  return { nodes: [...byId.values()], edges };
}

/** "label ×3" for an edge standing for several interfaces; the bare label (or "") otherwise. */
export function edgeText(edge: ExportEdge): string {
  const label = edge.label?.trim() ?? "";
  if (edge.count === undefined || edge.count <= 1) return label;
  return label ? `${label} ×${edge.count}` : `×${edge.count}`;
}
