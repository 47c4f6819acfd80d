// What the map shows, held in the URL so that a view can be bookmarked, shared and reloaded:
// /topology?groupBy=team, /topology?focus=<id>&depth=3, /topology?view=<saved view id>.
// Parsing is lenient: a hand-edited URL with one bad value loses that value, not the page.
import { z } from "zod";
import { INTERFACE_STYLES, LAYERS, LIFECYCLES, SYSTEM_KINDS } from "@/lib/schemas/enums";
import { TOPOLOGY_GROUP_BY, ZTopologyDirection, type TTopologyGroupBy } from "@/lib/schemas/topology";
import type { TViewDefinition } from "@/lib/schemas/view";

export const LANES = ["layer", "team"] as const;
export type TLanes = (typeof LANES)[number];
export type TDirection = z.infer<typeof ZTopologyDirection>;

export type TopologyFilters = {
  kind: string[];
  layer: string[];
  tier: number[];
  lifecycle: string[];
  teamId: string[];
  style: string[];
};
export const FILTER_NAMES = ["kind", "layer", "tier", "lifecycle", "teamId", "style"] as const;
export type TFilterName = (typeof FILTER_NAMES)[number];

export type TopologyViewState = {
  view: string | null;
  groupBy: TTopologyGroupBy | null;
  lanes: TLanes | null;
  focus: string | null;
  direction: TDirection;
  depth: number;
  breadth: number;
  filters: TopologyFilters;
};

export const DEFAULT_VIEW_STATE: TopologyViewState = {
  view: null, groupBy: null, lanes: null, focus: null, direction: "both", depth: 2, breadth: 25,
  filters: { kind: [], layer: [], tier: [], lifecycle: [], teamId: [], style: [] },
};

const ALLOWED: Record<Exclude<TFilterName, "tier" | "teamId">, readonly string[]> = {
  kind: SYSTEM_KINDS, layer: LAYERS, lifecycle: LIFECYCLES, style: INTERFACE_STYLES,
};
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function list(sp: URLSearchParams, name: string, keep: (v: string) => boolean): string[] {
  const raw = sp.get(name);
  if (!raw) return [];
  return [...new Set(raw.split(",").map((v) => v.trim()).filter(keep))].slice(0, 200);
}

function int(raw: string | null, min: number, max: number, fallback: number): number {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

function oneOf<T extends string>(raw: string | null, values: readonly T[]): T | null {
  return values.includes(raw as T) ? (raw as T) : null;
}

export function parseViewState(sp: URLSearchParams): TopologyViewState {
  const d = DEFAULT_VIEW_STATE;
  const focus = sp.get("focus");
  const groupBy = oneOf(sp.get("groupBy"), TOPOLOGY_GROUP_BY);
  const view = sp.get("view");
  return {
    view: view && ID.test(view) ? view : null,
    focus: focus && ID.test(focus) ? focus : null,
    // The API refuses focus with groupBy: focus wins, as the more specific request.
    groupBy: focus ? null : groupBy,
    lanes: oneOf(sp.get("lanes"), LANES),
    direction: oneOf(sp.get("direction"), ZTopologyDirection.options) ?? d.direction,
    depth: int(sp.get("depth"), 1, 10, d.depth),
    breadth: int(sp.get("breadth"), 1, 500, d.breadth),
    filters: {
      kind: list(sp, "kind", (v) => ALLOWED.kind.includes(v)),
      layer: list(sp, "layer", (v) => ALLOWED.layer.includes(v)),
      lifecycle: list(sp, "lifecycle", (v) => ALLOWED.lifecycle.includes(v)),
      style: list(sp, "style", (v) => ALLOWED.style.includes(v)),
      teamId: list(sp, "teamId", (v) => ID.test(v)),
      tier: list(sp, "tier", (v) => /^[0-3]$/.test(v)).map(Number).sort(),
    },
  };
}

/** The URL's query string for a state: only what differs from the defaults. */
export function toSearchParams(state: TopologyViewState): URLSearchParams {
  const d = DEFAULT_VIEW_STATE;
  const sp = new URLSearchParams();
  if (state.view) sp.set("view", state.view);
  if (state.focus) {
    sp.set("focus", state.focus);
    if (state.direction !== d.direction) sp.set("direction", state.direction);
    if (state.depth !== d.depth) sp.set("depth", String(state.depth));
    if (state.breadth !== d.breadth) sp.set("breadth", String(state.breadth));
  } else if (state.groupBy) sp.set("groupBy", state.groupBy);
  if (state.lanes) sp.set("lanes", state.lanes);
  for (const name of FILTER_NAMES) {
    const values = state.filters[name];
    if (values.length) sp.set(name, values.join(","));
  }
  return sp;
}

/** GET /api/v1/topology parameters (the saved view id and lanes are the page's business). */
export function toTopologyQuery(state: TopologyViewState): Record<string, string> {
  const sp = toSearchParams({ ...state, view: null, lanes: null });
  return Object.fromEntries(sp.entries());
}

export function activeFilterCount(filters: TopologyFilters): number {
  return FILTER_NAMES.reduce((n, name) => n + (filters[name].length ? 1 : 0), 0);
}

/** A saved view's definition (POST/PATCH /api/v1/views) from what the map shows. */
export function toViewDefinition(state: TopologyViewState): TViewDefinition {
  const nonEmpty = <T,>(values: T[]) => (values.length ? values : undefined);
  const f = state.filters;
  return {
    filters: {
      kind: nonEmpty(f.kind) as TViewDefinition["filters"]["kind"],
      layer: nonEmpty(f.layer) as TViewDefinition["filters"]["layer"],
      tier: nonEmpty(f.tier),
      lifecycle: nonEmpty(f.lifecycle) as TViewDefinition["filters"]["lifecycle"],
      teamId: nonEmpty(f.teamId),
      style: nonEmpty(f.style) as TViewDefinition["filters"]["style"],
    },
    groupBy: state.focus ? null : state.groupBy,
    focus: state.focus,
    direction: state.direction,
    depth: state.depth,
    breadth: state.breadth,
  };
}

/** The state a saved view opens with (lanes are kept from the current screen). */
export function fromViewDefinition(viewId: string, def: TViewDefinition, lanes: TLanes | null = null): TopologyViewState {
  const f = def.filters ?? {};
  return {
    view: viewId, lanes,
    groupBy: def.groupBy, focus: def.focus, direction: def.direction, depth: def.depth, breadth: def.breadth,
    filters: {
      kind: f.kind ?? [], layer: f.layer ?? [], tier: f.tier ?? [], lifecycle: f.lifecycle ?? [],
      teamId: f.teamId ?? [], style: f.style ?? [],
    },
  };
}
