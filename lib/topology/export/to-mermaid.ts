// The map as a Mermaid flowchart, for pasting into Markdown (GitLab, GitHub, Confluence, Notion).
// Real ids (cuids, "team:…") are not valid Mermaid ids and could collide with keywords such as
// "end", so nodes get generated ids n1, n2, … and their text goes in quoted labels.
import { drawableGraph, edgeText, type ExportGraph, type ExportNode } from "./export-types";

/**
 * Mermaid entity codes (`#name;` / `#123;`), which Mermaid turns into HTML entities after parsing,
 * so the characters never reach its grammar. `#` goes first by construction (single pass). `:`
 * and `;` are coded too: Mermaid's pre-parser rewrites any line matching `style…:…#…;`, which a
 * label like "lifestyle:#1;" would otherwise trigger.
 */
const ENTITIES: Record<string, string> = {
  "#": "#35;",
  '"': "#quot;",
  "<": "#lt;",
  ">": "#gt;",
  "&": "#amp;",
  "`": "#96;", // a backtick inside quotes would switch Mermaid to Markdown strings
  "|": "#124;", // ends an edge label
  ":": "#58;",
  ";": "#59;",
  "%": "#37;", // "%%{…}%%" anywhere in the source is read as a directive (theme, config)
};

/** Text safe inside a Mermaid quoted label; line breaks become `<br/>`, which Mermaid renders. */
export function escapeMermaidText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, "\n")
    .split("\n")
    .map((line) =>
      line
        // Control characters have no place in a label.
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .replace(/[#"<>&`|:;%]/g, (c) => ENTITIES[c]),
    )
    .join("<br/>");
}

/** Shapes people read as "not a single system": a subroutine box for a group, a stadium for "+N more". */
function nodeShape(node: ExportNode, id: string, text: string): string {
  if (node.kind === "group") return `${id}[["${text}"]]`;
  if (node.kind === "more") return `${id}(["${text}"])`;
  return `${id}["${text}"]`;
}

/** The title as one comment line; "%%" split up because Mermaid obeys `%%{…}%%` even inside a comment. */
const commentText = (text: string) => text.replace(/\s+/g, " ").trim().replace(/%(?=%)/g, "% ");

export function toMermaid(graph: ExportGraph): string {
  const { nodes, edges } = drawableGraph(graph);
  const lines = ["flowchart LR"];
  // A comment and not front-matter `title:`: front-matter must come before the header and not
  // every renderer (older Confluence/GitLab Mermaid) understands it.
  const title = commentText(graph.title ?? "");
  if (title) lines.push(`  %% ${title}`);

  const idOf = new Map<string, string>();
  const byEmphasis = { highlight: [] as string[], dim: [] as string[] };
  nodes.forEach((node, i) => {
    const id = `n${i + 1}`;
    idOf.set(node.id, id);
    const sub = node.sublabel?.trim();
    const text = escapeMermaidText(node.label) + (sub ? `<br/>${escapeMermaidText(sub)}` : "");
    lines.push(`  ${nodeShape(node, id, text)}`);
    if (node.emphasis === "highlight" || node.emphasis === "dim") byEmphasis[node.emphasis].push(id);
  });

  for (const edge of edges) {
    const arrow = edge.dashed ? "-.->" : "-->";
    const text = edgeText(edge);
    const label = text ? `|"${escapeMermaidText(text)}"|` : "";
    lines.push(`  ${idOf.get(edge.source)} ${arrow}${label} ${idOf.get(edge.target)}`);
  }

  if (byEmphasis.highlight.length) {
    lines.push("  classDef highlight stroke:#2563eb,stroke-width:3px");
    lines.push(`  class ${byEmphasis.highlight.join(",")} highlight`);
  }
  if (byEmphasis.dim.length) {
    lines.push("  classDef dim opacity:0.4");
    lines.push(`  class ${byEmphasis.dim.join(",")} dim`);
  }
  return lines.join("\n") + "\n";
}
