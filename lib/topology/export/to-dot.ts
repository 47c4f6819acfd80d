// The map as Graphviz DOT, for people who want to re-lay it out or post-process it (dot, Gephi,
// yEd import). Positions are left out on purpose: Graphviz lays out better on its own than with
// pins from a different layout engine.
import { drawableGraph, edgeText, type ExportGraph, type ExportNode, type ExportNodeKind } from "./export-types";

/**
 * A DOT double-quoted string. Only `\"` is an escape in DOT ids, but labels are "escString"s where
 * `\N`, `\l`, … mean something, so a backslash is doubled to stay a backslash (and a trailing one
 * cannot swallow the closing quote). Line breaks become `\n`, Graphviz's centred line break.
 */
export function quoteDot(text: string): string {
  const escaped = text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\r\n?|\n/g, "\\n")
    // Other control characters are invalid in a DOT file.
    .replace(/[\u0000-\u001f\u007f]/g, " ");
  return `"${escaped}"`;
}

const SHAPE: Record<ExportNodeKind, string> = {
  system: 'shape=box, style="rounded"',
  group: 'shape=folder',
  more: 'shape=ellipse, style="dashed"',
};

const EMPHASIS = {
  normal: "",
  highlight: ', color="#2563eb", penwidth=2',
  dim: ', color="#cbd5e1", fontcolor="#94a3b8"',
};

function nodeLine(node: ExportNode): string {
  const sub = node.sublabel?.trim();
  const label = quoteDot(sub ? `${node.label}\n${sub}` : node.label);
  return `  ${quoteDot(node.id)} [label=${label}, ${SHAPE[node.kind]}${EMPHASIS[node.emphasis ?? "normal"]}];`;
}

export function toDot(graph: ExportGraph): string {
  const { nodes, edges } = drawableGraph(graph);
  const lines = ["digraph topology {", "  rankdir=LR;"];
  if (graph.title?.trim()) lines.push(`  label=${quoteDot(graph.title.trim())};`, "  labelloc=t;");
  // A generic family so fontconfig picks a face with CJK glyphs when labels need them.
  lines.push('  node [fontname="sans-serif", fontsize=11];', '  edge [fontname="sans-serif", fontsize=9];');

  for (const node of nodes) lines.push(nodeLine(node));
  for (const edge of edges) {
    const attrs: string[] = [];
    const text = edgeText(edge);
    if (text) attrs.push(`label=${quoteDot(text)}`);
    if (edge.dashed) attrs.push("style=dashed");
    const list = attrs.length ? ` [${attrs.join(", ")}]` : "";
    lines.push(`  ${quoteDot(edge.source)} -> ${quoteDot(edge.target)}${list};`);
  }
  lines.push("}");
  return lines.join("\n") + "\n";
}
