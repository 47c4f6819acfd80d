// The map as a standalone SVG document (also the source of the PNG export). Drawn to look like
// the on-screen map: rounded boxes, bezier edges leaving a node's right side and entering the
// next node's left side as React Flow's default edge does, labels at the curve's midpoint.
import { drawableGraph, edgeText, type ExportEdge, type ExportGraph, type ExportNode } from "./export-types";
import { escapeXml, estimateTextWidth, fitText } from "./svg-text";

export type SvgTheme = "light" | "dark";
export type ToSvgOptions = { theme: SvgTheme };

/** Tailwind's slate and blue, the colours of the app's own light and dark themes. */
export const SVG_PALETTE = {
  light: {
    background: "#ffffff", nodeFill: "#ffffff", groupFill: "#f1f5f9", moreFill: "#f8fafc",
    nodeStroke: "#cbd5e1", text: "#0f172a", subtext: "#64748b",
    edge: "#94a3b8", edgeText: "#475569", accent: "#2563eb",
  },
  dark: {
    background: "#020617", nodeFill: "#0f172a", groupFill: "#1e293b", moreFill: "#0f172a",
    nodeStroke: "#334155", text: "#f1f5f9", subtext: "#94a3b8",
    edge: "#64748b", edgeText: "#cbd5e1", accent: "#60a5fa",
  },
} as const;
type Palette = (typeof SVG_PALETTE)[SvgTheme];

export const SVG_FONT_FAMILY = `system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif`;

const PAD = 32;
const TITLE_HEIGHT = 32;
const MIN_SIZE = { width: 240, height: 120 };
const FONT = { title: 16, label: 13, sublabel: 11, edge: 10 };
const NODE_INSET = 10;
const DIM_OPACITY = 0.35;

type Point = { x: number; y: number };
type Curve = [Point, Point, Point, Point];

/** Rounded to 0.01 px (smaller files) and never NaN, which would make the document invalid. */
const n = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : 0);

/** React Flow's bezier: control points half the horizontal distance out, or a bulge for backward edges. */
function edgeCurve(source: ExportNode, target: ExportNode): Curve {
  const s = { x: source.x + source.width, y: source.y + source.height / 2 };
  const t = { x: target.x, y: target.y + target.height / 2 };
  if (source === target) {
    // A self-loop arcs over the node, from its right side back into its left side.
    const lift = Math.max(48, source.height);
    return [s, { x: s.x + 60, y: source.y - lift }, { x: t.x - 60, y: source.y - lift }, t];
  }
  const distance = t.x - s.x;
  const offset = distance >= 0 ? distance / 2 : 0.25 * 25 * Math.sqrt(-distance);
  return [s, { x: s.x + offset, y: s.y }, { x: t.x - offset, y: t.y }, t];
}

function pointAt([p0, p1, p2, p3]: Curve, t: number): Point {
  const u = 1 - t;
  const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}

type Bounds = { minX: number; minY: number; maxX: number; maxY: number };
const grow = (b: Bounds, x: number, y: number) => {
  b.minX = Math.min(b.minX, x); b.minY = Math.min(b.minY, y);
  b.maxX = Math.max(b.maxX, x); b.maxY = Math.max(b.maxY, y);
};

type DrawnEdge = { edge: ExportEdge; curve: Curve; text: string; dim: boolean; accent: boolean };

function edgePath({ edge, curve: [p0, p1, p2, p3], dim, accent }: DrawnEdge, c: Palette): string {
  const d = `M${n(p0.x)},${n(p0.y)} C${n(p1.x)},${n(p1.y)} ${n(p2.x)},${n(p2.y)} ${n(p3.x)},${n(p3.y)}`;
  const dash = edge.dashed ? ` stroke-dasharray="6 4"` : "";
  const stroke = accent ? c.accent : c.edge;
  const marker = accent ? "jx-arrow-accent" : "jx-arrow";
  const path = `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${accent ? 2 : 1.5}"${dash} marker-end="url(#${marker})"/>`;
  // Opacity on a wrapping group so the arrowhead fades with its line in every renderer.
  return dim ? `<g opacity="${DIM_OPACITY}">${path}</g>` : path;
}

/** The label's text and its box, centred on the curve's midpoint (React Flow puts it there too). */
function labelBox(curve: Curve, text: string) {
  const label = fitText(text, FONT.edge, 180);
  const mid = pointAt(curve, 0.5);
  return { label, mid, w: estimateTextWidth(label, FONT.edge) + 8, h: FONT.edge + 6 };
}

function edgeLabel({ curve, text, dim }: DrawnEdge, c: Palette): string {
  const { label, mid, w, h } = labelBox(curve, text);
  const opacity = dim ? ` opacity="${DIM_OPACITY}"` : "";
  return `<g${opacity}><rect x="${n(mid.x - w / 2)}" y="${n(mid.y - h / 2)}" width="${n(w)}" height="${h}" rx="3" fill="${c.background}" fill-opacity="0.85"/>` +
    `<text x="${n(mid.x)}" y="${n(mid.y + FONT.edge * 0.35)}" text-anchor="middle" font-size="${FONT.edge}" fill="${c.edgeText}">${escapeXml(label)}</text></g>`;
}

function nodeBox(node: ExportNode, c: Palette): string {
  const highlight = node.emphasis === "highlight";
  const fill = node.kind === "group" ? c.groupFill : node.kind === "more" ? c.moreFill : c.nodeFill;
  const stroke = highlight ? c.accent : c.nodeStroke;
  const strokeWidth = highlight ? 2.5 : node.kind === "group" ? 1.5 : 1;
  const dash = node.kind === "more" ? ` stroke-dasharray="4 3"` : "";
  const opacity = node.emphasis === "dim" ? ` opacity="${DIM_OPACITY}"` : "";
  const cx = node.x + node.width / 2;
  const cy = node.y + node.height / 2;
  const room = Math.max(0, node.width - 2 * NODE_INSET);
  const bold = node.kind !== "more";
  const weight = bold ? "600" : "400";
  const label = fitText(node.label, FONT.label, room, bold);
  const sub = node.sublabel?.trim() ? fitText(node.sublabel, FONT.sublabel, room) : "";
  const texts = sub
    ? `<text x="${n(cx)}" y="${n(cy - 3)}" text-anchor="middle" font-size="${FONT.label}" font-weight="${weight}" fill="${c.text}">${escapeXml(label)}</text>` +
      `<text x="${n(cx)}" y="${n(cy + FONT.sublabel + 2)}" text-anchor="middle" font-size="${FONT.sublabel}" fill="${c.subtext}">${escapeXml(sub)}</text>`
    : `<text x="${n(cx)}" y="${n(cy + FONT.label * 0.35)}" text-anchor="middle" font-size="${FONT.label}" font-weight="${weight}" fill="${c.text}">${escapeXml(label)}</text>`;
  // The <title> keeps the full, untruncated text as a tooltip in browsers and for screen readers.
  const full = node.sublabel?.trim() ? `${node.label}\n${node.sublabel.trim()}` : node.label;
  return `<g${opacity}><title>${escapeXml(full)}</title>` +
    `<rect x="${n(node.x)}" y="${n(node.y)}" width="${n(Math.max(0, node.width))}" height="${n(Math.max(0, node.height))}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash}/>` +
    `${texts}</g>`;
}

const marker = (id: string, colour: string) =>
  `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,1 L10,5 L0,9 z" fill="${colour}"/></marker>`;

export function toSvg(graph: ExportGraph, { theme }: ToSvgOptions): string {
  const c = SVG_PALETTE[theme];
  const { nodes, edges } = drawableGraph(graph);
  const byId = new Map(nodes.map((node) => [node.id, node]));

  const drawn: DrawnEdge[] = edges.map((edge) => {
    const [s, t] = [byId.get(edge.source)!, byId.get(edge.target)!];
    return {
      edge, curve: edgeCurve(s, t), text: edgeText(edge),
      // Edges carry no emphasis of their own: they follow their ends.
      dim: s.emphasis === "dim" || t.emphasis === "dim",
      accent: s.emphasis === "highlight" && t.emphasis === "highlight",
    };
  });

  // Bounds of everything drawn: boxes, curves (sampled; the padding absorbs the error), labels.
  const b: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const node of nodes) { grow(b, n(node.x), n(node.y)); grow(b, n(node.x + node.width), n(node.y + node.height)); }
  for (const { curve, text } of drawn) {
    for (let i = 0; i <= 16; i++) { const p = pointAt(curve, i / 16); grow(b, n(p.x), n(p.y)); }
    if (text) { const { mid, w, h } = labelBox(curve, text); grow(b, mid.x - w / 2, mid.y - h / 2); grow(b, mid.x + w / 2, mid.y + h / 2); }
  }
  if (b.minX === Infinity) Object.assign(b, { minX: 0, minY: 0, maxX: 0, maxY: 0 });

  const title = graph.title?.replace(/\s+/g, " ").trim() ?? "";
  const x = n(b.minX - PAD);
  const y = n(b.minY - PAD - (title ? TITLE_HEIGHT : 0));
  const width = n(Math.max(MIN_SIZE.width, b.maxX - b.minX + 2 * PAD));
  const height = n(Math.max(MIN_SIZE.height, b.maxY - y + PAD));

  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${x} ${y} ${width} ${height}" font-family='${SVG_FONT_FAMILY}'>`,
    title ? `<title>${escapeXml(title)}</title>` : "",
    `<defs>${marker("jx-arrow", c.edge)}${marker("jx-arrow-accent", c.accent)}</defs>`,
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${c.background}"/>`,
    title
      ? `<text x="${n(x + PAD)}" y="${n(y + PAD + 8)}" font-size="${FONT.title}" font-weight="600" fill="${c.text}">${escapeXml(fitText(title, FONT.title, width - 2 * PAD, true))}</text>`
      : "",
    // Edges under the boxes, labels over everything so they stay readable where they cross a box.
    `<g class="edges">${drawn.map((e) => edgePath(e, c)).join("")}</g>`,
    `<g class="nodes">${nodes.map((node) => nodeBox(node, c)).join("")}</g>`,
    `<g class="edge-labels">${drawn.filter((e) => e.text).map((e) => edgeLabel(e, c)).join("")}</g>`,
    `</svg>`,
  ];
  return parts.filter(Boolean).join("\n") + "\n";
}
