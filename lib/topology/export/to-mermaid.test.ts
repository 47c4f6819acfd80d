import { describe, expect, it } from "vitest";
import type { ExportGraph } from "./export-types";
import { escapeMermaidText, toMermaid } from "./to-mermaid";

/** What Mermaid shows for a label: its `#code;` entities and `<br/>` turned back into text. */
const NAMED: Record<string, string> = { quot: '"', lt: "<", gt: ">", amp: "&" };
const shown = (label: string) =>
  label
    .replace(/<br\/>/g, "\n")
    .replace(/#(\w+);/g, (_, e: string) => (/^\d+$/.test(e) ? String.fromCodePoint(Number(e)) : NAMED[e]));

const TRICKY = 'Say "hi" <tag> & 中文 #1; `x` a|b key: v; end %%{init: {"theme":"dark"}}%%';
const graph: ExportGraph = {
  title: "Payments\nestate",
  nodes: [
    { id: "sys_a", label: TRICKY, sublabel: "Tier 1 · 核心", kind: "system", x: 0, y: 0, width: 200, height: 60 },
    { id: "end", label: "Billing", kind: "system", x: 0, y: 0, width: 200, height: 60, emphasis: "highlight" },
    { id: "team:payments", label: "Payments team", kind: "group", x: 0, y: 0, width: 200, height: 60, emphasis: "dim" },
    { id: "more:1", label: "+12 more", kind: "more", x: 0, y: 0, width: 200, height: 60 },
  ],
  edges: [
    { id: "e1", source: "sys_a", target: "end", dashed: false, label: 'GET "/orders"' },
    { id: "e2", source: "end", target: "team:payments", dashed: true, label: "order.created" },
    { id: "e3", source: "team:payments", target: "more:1", dashed: false, count: 7 },
    { id: "e4", source: "sys_a", target: "missing", dashed: false },
    { id: "e5", source: "gone", target: "end", dashed: true },
  ],
};

const lines = (text: string) => text.trimEnd().split("\n").map((l) => l.trim());
const NODE = /^(n\d+)(\[\[|\(\[|\[)"(.*)"(\]\]|\]\)|\])$/;
const EDGE = /^(n\d+) (-->|-\.->)(?:\|"(.*)"\|)? (n\d+)$/;

describe("escapeMermaidText", () => {
  it("leaves nothing Mermaid's grammar would read and round-trips to the original text", () => {
    const escaped = escapeMermaidText(TRICKY + "\nsecond line");
    const bare = escaped.replace(/<br\/>/g, "").replace(/#\w+;/g, "");
    expect(bare).not.toMatch(/["<>`|:;#&%\n]/);
    expect(escaped).toContain("中文");
    expect(shown(escaped)).toBe(TRICKY + "\nsecond line");
  });
});

describe("toMermaid", () => {
  const out = toMermaid(graph);

  it("is a left-to-right flowchart with the title as a one-line comment", () => {
    expect(lines(out)[0]).toBe("flowchart LR");
    expect(lines(out)).toContain("%% Payments estate");
  });

  it("keeps a title from smuggling in a Mermaid directive", () => {
    const text = toMermaid({ title: "x %%{init: {'theme':'dark'}}%%", nodes: [], edges: [] });
    expect(text).not.toContain("%%{");
    expect(text.split("\n")[1]).toMatch(/^ {2}%% x /);
  });

  it("gives every node a generated id and a quoted label that reads back as the original", () => {
    const nodes = lines(out).map((l) => NODE.exec(l)).filter((m) => m !== null);
    expect(nodes.map((m) => m[1])).toEqual(["n1", "n2", "n3", "n4"]);
    expect(shown(nodes[0][3])).toBe(`${TRICKY}\nTier 1 · 核心`);
    expect(shown(nodes[1][3])).toBe("Billing");
    // Real ids never appear: "end" is a Mermaid keyword and "team:payments" is not a valid id.
    expect(out.replace(/"[^"]*"/g, '""')).not.toMatch(/\bend\b|team:|sys_a|more:/);
  });

  it("draws groups and 'more' nodes in shapes of their own", () => {
    const shapes = lines(out).map((l) => NODE.exec(l)).filter((m) => m !== null).map((m) => m[2]);
    expect(shapes).toEqual(["[", "[", "[[", "(["]);
  });

  it("has each edge with both ends present exactly once, dashed when async, with labels and counts", () => {
    const edges = lines(out).map((l) => EDGE.exec(l)).filter((m) => m !== null);
    expect(edges.map((m) => [m[1], m[2], m[3] === undefined ? undefined : shown(m[3]), m[4]])).toEqual([
      ["n1", "-->", 'GET "/orders"', "n2"],
      ["n2", "-.->", "order.created", "n3"],
      ["n3", "-->", "×7", "n4"],
    ]);
    // Nothing else looks like an edge (the dangling ones are gone, not half-written).
    expect(out.match(/-->|-\.->/g)).toHaveLength(3);
  });

  it("marks emphasis with classes", () => {
    expect(lines(out)).toContain("class n2 highlight");
    expect(lines(out)).toContain("class n3 dim");
  });

  it("writes only the header for an empty graph", () => {
    expect(toMermaid({ nodes: [], edges: [] })).toBe("flowchart LR\n");
  });
});
