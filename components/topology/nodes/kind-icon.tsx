import type { z } from "zod";
import type { ZSystemKind } from "@/lib/schemas/enums";

type TSystemKind = z.infer<typeof ZSystemKind>;

// One glyph per kind: text symbols cost nothing to render, which matters with 1,000 nodes on screen.
const GLYPHS: Record<TSystemKind, string> = {
  BUSINESS_APP: "◆", DATA_PLATFORM: "≋", MESSAGE_BROKER: "⇄", SCHEDULER: "◷", CI_CD: "⟳", MONITORING: "◉",
  AI_SERVICE: "✦", IOT: "⌁", SAAS: "☁", DATABASE: "⛁", GATEWAY: "⇥", OTHER: "•",
};

/** Layer colours, shared with the lanes and the minimap. */
export const LAYER_COLORS: Record<string, string> = {
  PRESENTATION: "#0ea5e9", BUSINESS: "#6366f1", DATA: "#10b981", INFRASTRUCTURE: "#f59e0b",
};

export function KindIcon({ kind, layer, title }: { kind: TSystemKind; layer: string; title: string }) {
  return (
    <span title={title} aria-hidden
      className="flex h-8 w-8 shrink-0 items-center justify-center rounded-md text-base leading-none text-white"
      style={{ backgroundColor: LAYER_COLORS[layer] ?? "#64748b" }}>
      {GLYPHS[kind] ?? "•"}
    </span>
  );
}
