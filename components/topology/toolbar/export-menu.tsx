"use client";
import { useState } from "react";
import { useReactFlow } from "@xyflow/react";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { InterfaceEdgeData, MapEdge, MapNode, MoreEdgeData } from "@/lib/topology/to-flow";
import type { ExportGraph } from "@/lib/topology/export/export-types";
import { toMermaid } from "@/lib/topology/export/to-mermaid";
import { toDot } from "@/lib/topology/export/to-dot";
import { toSvg } from "@/lib/topology/export/to-svg";
import { svgToPng } from "@/lib/topology/export/to-png";
import { downloadBlob, downloadText, exportFilename } from "@/lib/topology/export/download";
import { useTheme } from "@/lib/theme/client";
import { Popover } from "./popover";

/** What is on the canvas now (positions as the user left them), in the exporters' neutral shape. */
function exportGraph(nodes: MapNode[], edges: MapEdge[], m: Messages, locale: string, title: string): ExportGraph {
  const drawn = nodes.filter((n) => n.type !== "lane");
  return {
    title,
    nodes: drawn.map((n) => {
      const box = { id: n.id, x: n.position.x, y: n.position.y, width: n.width ?? 200, height: n.height ?? 60 };
      if (n.type === "system") {
        const s = n.data.system;
        const emphasis = n.data.emphasis === "dim" ? "dim" : n.data.emphasis ? "highlight" : "normal";
        return { ...box, kind: "system" as const, label: s.name, sublabel: `${m.enums.SystemKind[s.kind]} · T${s.tier}`, emphasis };
      }
      if (n.type === "cluster") {
        const g = n.data.group;
        return { ...box, kind: "group" as const, label: g.label, sublabel: countLabel(locale, g.systems, m.topology.group.systems) };
      }
      if (n.type === "more") return { ...box, kind: "more" as const, label: countLabel(locale, n.data.more.systems, m.topology.more.label) };
      return { ...box, kind: "group" as const, label: "" };
    }),
    edges: edges.map((e) => {
      if (e.type === "interface") {
        const item = (e.data as InterfaceEdgeData | undefined)?.item;
        return { id: e.id, source: e.source, target: e.target, label: item?.name, dashed: item?.mode === "ASYNC" };
      }
      const count = (e.data as MoreEdgeData | undefined)?.interfaces ?? 0;
      return { id: e.id, source: e.source, target: e.target, dashed: e.type === "more", count, label: String(count) };
    }),
  };
}

/** Export the current view: PNG and SVG pictures, Mermaid and Graphviz DOT text. */
export function ExportMenu({ title }: { title: string }) {
  const { m, locale } = useI18n();
  const { resolved } = useTheme();
  const { getNodes, getEdges } = useReactFlow<MapNode, MapEdge>();
  const [error, setError] = useState<string | null>(null);
  const t = m.topology.export;
  const run = async (format: "png" | "svg" | "mermaid" | "dot", close: () => void) => {
    setError(null);
    try {
      const graph = exportGraph(getNodes(), getEdges(), m, locale, title);
      if (format === "mermaid") downloadText(toMermaid(graph), exportFilename(title, "mmd"), "text/plain");
      else if (format === "dot") downloadText(toDot(graph), exportFilename(title, "dot"), "text/vnd.graphviz");
      else {
        const svg = toSvg(graph, { theme: resolved });
        if (format === "svg") downloadText(svg, exportFilename(title, "svg"), "image/svg+xml");
        else downloadBlob(await svgToPng(svg, 2), exportFilename(title, "png"));
      }
      close();
    } catch {
      setError(t.failed);
    }
  };
  return (
    <Popover label={t.button} align="right" testId="map-export">
      {(close) => (
        <div className="flex flex-col gap-1" role="group" aria-label={t.button}>
          {(["png", "svg", "mermaid", "dot"] as const).map((f) => (
            <button key={f} type="button" onClick={() => void run(f, close)} data-testid={`export-${f}`}
              className="rounded px-2 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-indigo-500">
              {t[f]}
            </button>
          ))}
          {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
        </div>
      )}
    </Popover>
  );
}
