import { describe, expect, it } from "vitest";
import type { ExportGraph } from "./export-types";
import { quoteDot, toDot } from "./to-dot";

const STRING = /"((?:[^"\\]|\\.)*)"/g;
/** What Graphviz shows for a quoted label: `\"`, `\\` and `\n` resolved. */
const unquote = (body: string) => body.replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c));

const TRICKY = 'Say "hi" <tag> & 中文 C:\\path\\';
const graph: ExportGraph = {
  title: 'Estate "Q4"',
  nodes: [
    { id: 'id "quoted"', label: TRICKY, sublabel: "Tier 1", kind: "system", x: 0, y: 0, width: 200, height: 60, emphasis: "highlight" },
    { id: "b", label: "Billing", kind: "system", x: 0, y: 0, width: 200, height: 60 },
    { id: "team:payments", label: "Payments", kind: "group", x: 0, y: 0, width: 200, height: 60, emphasis: "dim" },
    { id: "more", label: "+3 more", kind: "more", x: 0, y: 0, width: 200, height: 60 },
  ],
  edges: [
    { id: "e1", source: 'id "quoted"', target: "b", dashed: false, label: "REST" },
    { id: "e2", source: "b", target: "team:payments", dashed: true },
    { id: "e3", source: "team:payments", target: "more", dashed: false, count: 5 },
    { id: "e4", source: "b", target: "nowhere", dashed: false },
  ],
};

/** The statements of the body, with their quoted strings decoded; throws when a line is not one. */
function statements(dot: string) {
  const body = dot.trim().split("\n");
  expect(body[0]).toBe("digraph topology {");
  expect(body.at(-1)).toBe("}");
  return body.slice(1, -1).map((line) => {
    const strings = [...line.matchAll(STRING)].map((m) => unquote(m[1]));
    // Outside its quoted strings a statement is plain DOT syntax: no stray quote or backslash.
    expect(line.replace(STRING, "S")).not.toMatch(/["\\]/);
    expect(line.trim().endsWith(";")).toBe(true);
    return { line: line.trim(), strings, bare: line.replace(STRING, "S").trim() };
  });
}

describe("quoteDot", () => {
  it("round-trips quotes, backslashes and line breaks, and keeps Chinese", () => {
    const quoted = quoteDot(TRICKY + "\nline 2");
    expect(quoted).toContain("中文");
    // A trailing backslash is doubled, so it cannot swallow the closing quote.
    expect(quoteDot("C:\\")).toBe('"C:\\\\"');
    expect([...quoted.matchAll(STRING)]).toHaveLength(1);
    expect(unquote(quoted.slice(1, -1))).toBe(TRICKY + "\nline 2");
  });
});

describe("toDot", () => {
  const stmts = statements(toDot(graph));

  it("is a left-to-right digraph with the title as its label", () => {
    expect(stmts[0].line).toBe("rankdir=LR;");
    expect(stmts.find((s) => s.bare === "label=S;")?.strings).toEqual(['Estate "Q4"']);
  });

  it("declares each node by its real id, with its label and a shape for its kind", () => {
    const nodes = stmts.filter((s) => /^S \[label=S, /.test(s.bare));
    expect(nodes.map((s) => s.strings.slice(0, 2))).toEqual([
      ['id "quoted"', `${TRICKY}\nTier 1`],
      ["b", "Billing"],
      ["team:payments", "Payments"],
      ["more", "+3 more"],
    ]);
    const shapes = nodes.map((s) => /shape=(\w+)/.exec(s.line)![1]);
    expect(shapes[0]).toBe(shapes[1]);
    expect(new Set(shapes).size).toBe(3);
    expect(nodes[0].line).toContain("penwidth=2");
  });

  it("has each edge with both ends present exactly once, dashed when async, with labels and counts", () => {
    const edges = stmts.filter((s) => s.bare.startsWith("S -> S"));
    expect(edges.map((s) => [s.strings[0], s.strings[1], s.strings[2], s.line.includes("style=dashed")])).toEqual([
      ['id "quoted"', "b", "REST", false],
      ["b", "team:payments", undefined, true],
      ["team:payments", "more", "×5", false],
    ]);
  });

  it("writes a valid empty digraph for an empty graph", () => {
    const empty = statements(toDot({ nodes: [], edges: [] }));
    expect(empty.some((s) => s.bare.includes("->"))).toBe(false);
  });
});
