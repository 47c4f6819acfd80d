import { describe, expect, it } from "vitest";
import type { ExportGraph, ExportNode } from "./export-types";
import { estimateTextWidth } from "./svg-text";
import { SVG_FONT_FAMILY, SVG_PALETTE, toSvg } from "./to-svg";
import { allElements, parseXml, textOf, type XmlElement } from "./xml-test-parser";

const box = (id: string, x: number, y: number, extra: Partial<ExportNode> = {}): ExportNode => ({
  id, label: id, kind: "system", x, y, width: 200, height: 60, ...extra,
});

const TRICKY = `Say "hi" <tag> & 中文 'ok'`;
const graph: ExportGraph = {
  title: "Payments & <friends>",
  nodes: [
    box("a", -300, -120, { label: TRICKY, sublabel: "Tier 1 · 核心" }),
    box("b", 0, 0, { emphasis: "highlight" }),
    box("c", 400, 250, { kind: "group", emphasis: "highlight" }),
    box("d", 400, -50, { kind: "more", emphasis: "dim" }),
  ],
  edges: [
    { id: "e1", source: "a", target: "b", dashed: false, label: "REST <v2> & more" },
    { id: "e2", source: "b", target: "c", dashed: true, count: 4 },
    { id: "e3", source: "b", target: "d", dashed: false },
    { id: "e4", source: "a", target: "ghost", dashed: false, label: "dangling" },
  ],
};

const render = (g: ExportGraph, theme: "light" | "dark" = "light") => parseXml(toSvg(g, { theme }));
const byName = (root: XmlElement, name: string) => allElements(root).filter((e) => e.name === name);
const edgePaths = (root: XmlElement) => byName(root, "path").filter((p) => p.attrs["marker-end"]);
const viewBox = (root: XmlElement) => {
  const [x, y, width, height] = root.attrs.viewBox.split(" ").map(Number);
  return { x, y, width, height };
};

describe("toSvg", () => {
  it("is a well-formed standalone SVG document with the CJK-capable font stack", () => {
    const svg = toSvg(graph, { theme: "light" });
    expect(svg.startsWith(`<?xml version="1.0" encoding="UTF-8"?>`)).toBe(true);
    const root = parseXml(svg);
    expect(root.name).toBe("svg");
    expect(root.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(root.attrs["font-family"]).toBe(SVG_FONT_FAMILY);
    expect(SVG_FONT_FAMILY).toContain(`"Noto Sans CJK SC"`);
  });

  it("escapes every piece of text and keeps Chinese as it is", () => {
    const svg = toSvg(graph, { theme: "light" });
    expect(svg).not.toContain("<tag>");
    expect(svg).not.toContain("<friends>");
    expect(svg).toContain("&lt;tag&gt;");
    expect(svg).toContain("中文");
    const texts = byName(parseXml(svg), "text").map(textOf);
    expect(texts).toContain("Payments & <friends>");
    expect(texts).toContain("Tier 1 · 核心");
    expect(texts).toContain("REST <v2> & more");
    // The full label survives as the node's tooltip even where the visible text is truncated.
    expect(byName(parseXml(svg), "title").map(textOf)).toContain(`${TRICKY}\nTier 1 · 核心`);
  });

  it("drops characters XML cannot carry instead of producing an unreadable file", () => {
    const bad = { nodes: [box("x", 0, 0, { label: "a\u0001b\ud800c" })], edges: [] };
    const labels = byName(render(bad), "text").map(textOf);
    expect(labels).toContain("abc");
  });

  it("has a viewBox that contains every node, also at negative coordinates, and matching width/height", () => {
    const root = render(graph);
    const vb = viewBox(root);
    for (const n of graph.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(vb.x);
      expect(n.y).toBeGreaterThanOrEqual(vb.y);
      expect(n.x + n.width).toBeLessThanOrEqual(vb.x + vb.width);
      expect(n.y + n.height).toBeLessThanOrEqual(vb.y + vb.height);
    }
    expect(Number(root.attrs.width)).toBe(vb.width);
    expect(Number(root.attrs.height)).toBe(vb.height);
    // The background covers the whole viewBox.
    const bg = byName(root, "rect")[0];
    expect(bg.attrs).toMatchObject({ x: String(vb.x), y: String(vb.y), width: String(vb.width), height: String(vb.height) });
  });

  it("draws each edge with both ends on the map once, from the source's right side to the target's left side", () => {
    const paths = edgePaths(render(graph));
    expect(paths).toHaveLength(3);
    const ends = paths.map((p) => {
      const nums = p.attrs.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      return { start: nums.slice(0, 2), end: nums.slice(-2) };
    });
    expect(ends).toEqual([
      { start: [-100, -90], end: [0, 30] }, // a (right side at x=-100) → b (left side at x=0)
      { start: [200, 30], end: [400, 280] },
      { start: [200, 30], end: [400, -20] },
    ]);
    expect(byName(render(graph), "text").map(textOf)).not.toContain("dangling");
  });

  it("draws a self-loop as an arc over its node instead of a line through it", () => {
    const root = render({ nodes: [box("s", 0, 100)], edges: [{ id: "l", source: "s", target: "s", dashed: false }] });
    const [loop] = edgePaths(root);
    const nums = loop.attrs.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(nums.slice(0, 2)).toEqual([200, 130]);
    expect(nums.slice(-2)).toEqual([0, 130]);
    expect(Math.min(nums[3], nums[5])).toBeLessThan(100); // control points above the box
    expect(viewBox(root).y).toBeLessThan(100 - 32); // and the arc is inside the picture
  });

  it("dashes only the dashed edges and labels aggregated edges with their count", () => {
    const root = render(graph);
    const dashed = edgePaths(root).filter((p) => p.attrs["stroke-dasharray"]);
    expect(dashed).toHaveLength(1);
    expect(dashed[0].attrs.d).toMatch(/^M200,30 /);
    expect(byName(root, "text").map(textOf)).toContain("×4");
    // Every edge's marker is defined in the document.
    const markers = new Set(byName(root, "marker").map((m) => `url(#${m.attrs.id})`));
    for (const p of edgePaths(root)) expect(markers.has(p.attrs["marker-end"])).toBe(true);
  });

  it("shows emphasis: highlighted boxes in the accent colour, dimmed ones and their edges faded", () => {
    const root = render(graph);
    const accent = SVG_PALETTE.light.accent;
    const rectOf = (id: string) => byName(root, "rect").find((r) => r.attrs.x === String(graph.nodes.find((n) => n.id === id)!.x) && r.attrs.rx)!;
    expect(rectOf("b").attrs.stroke).toBe(accent);
    expect(rectOf("a").attrs.stroke).not.toBe(accent);
    const groups = byName(root, "g").filter((g) => g.children.some((c) => c.name === "rect" && c.attrs.rx === "8"));
    const dimmed = groups.filter((g) => g.attrs.opacity);
    expect(dimmed.map((g) => g.children.find((c) => c.name === "title")!.text)).toEqual(["d"]);
    // b → c joins two highlighted boxes; b → d leads to a dimmed one.
    const [, toC, toD] = edgePaths(root);
    expect(toC.attrs.stroke).toBe(accent);
    const fadedPaths = byName(root, "g").filter((g) => g.attrs.opacity && g.children.some((c) => c.name === "path"));
    expect(fadedPaths.map((g) => g.children[0].attrs.d)).toEqual([toD.attrs.d]);
  });

  it("truncates a label too long for its box with an ellipsis, and leaves short ones alone", () => {
    const long = "Customer relationship management platform for every region";
    const cjk = "客户关系管理平台全球统一接入服务网关";
    const root = render({ nodes: [box("l", 0, 0, { label: long }), box("z", 0, 100, { label: cjk }), box("s", 0, 200, { label: "Orders" })], edges: [] });
    const texts = byName(root, "text").map(textOf);
    const [latin, chinese, short] = texts;
    expect(short).toBe("Orders");
    for (const [shown, full] of [[latin, long], [chinese, cjk]]) {
      expect(shown.endsWith("…")).toBe(true);
      expect(full.startsWith(shown.slice(0, -1))).toBe(true);
      expect(estimateTextWidth(shown, 13, true)).toBeLessThanOrEqual(200 - 20);
    }
  });

  it("uses the palette of the requested theme", () => {
    const bgOf = (theme: "light" | "dark") => byName(render(graph, theme), "rect")[0].attrs.fill;
    expect(bgOf("light")).toBe(SVG_PALETTE.light.background);
    expect(bgOf("dark")).toBe(SVG_PALETTE.dark.background);
    expect(SVG_PALETTE.dark.background).not.toBe(SVG_PALETTE.light.background);
  });

  it("gives a valid minimal document for an empty graph", () => {
    const root = render({ nodes: [], edges: [] });
    const vb = viewBox(root);
    expect(vb.width).toBeGreaterThan(0);
    expect(vb.height).toBeGreaterThan(0);
    expect(edgePaths(root)).toHaveLength(0);
    expect(byName(root, "text")).toHaveLength(0);
  });
});
