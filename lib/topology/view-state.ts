// What the map shows, held in the URL so that a view can be bookmarked, shared and reloaded:
// /topology?groupBy=team, /topology?focus=<id>&depth=3, /topology?view=<saved view id>.
// Parsing is lenient: a hand-edited URL with one bad value loses that value, not the page.
import { z } from "zod";
import {
  TOPOLOGY_DEFAULT_DIRECTION, TOPOLOGY_FILTER_NAMES, TOPOLOGY_FOCUS_LIMITS, ZTopologyDirection, ZTopologyFilters,
  ZTopologyGroupBy, ZTopologyQuery, type TTopologyFilterName, type TTopologyFilters,
} from "@/lib/schemas/topology";
import type { TViewDefinition } from "@/lib/schemas/view";
import { ZId } from "@/lib/schemas/common";
import { toQuery } from "@/lib/api-client";

export const LANES = ["layer", "team"] as const;
export const ZLanes = z.enum(LANES);
export type TLanes = z.infer<typeof ZLanes>;

/** ?colour=level: nodes and edges in the colour of their record's standards level; ?colour=health: of their health state. */
export const ZColour = z.enum(["level", "health"]);
export type TColour = z.infer<typeof ZColour>;

/** Every filter as a list (empty: not filtered), typed by the API's own schema. */
export type TopologyFilters = { [K in TTopologyFilterName]: NonNullable<TTopologyFilters[K]> };
export const FILTER_NAMES = TOPOLOGY_FILTER_NAMES;
export type TFilterName = TTopologyFilterName;

/** A saved view's definition with every filter listed, plus what only the page knows: the saved view it came from, lanes, colouring. */
export type TopologyViewState = Omit<TViewDefinition, "filters"> & { view: string | null; lanes: TLanes | null; colour: TColour | null; filters: TopologyFilters };

/** How the page draws the map, kept when another saved view is opened. */
type PageOnly = Pick<TopologyViewState, "lanes" | "colour">;
export type TDirection = TopologyViewState["direction"];

export const DEFAULT_VIEW_STATE: TopologyViewState = {
  view: null, groupBy: null, lanes: null, colour: null, focus: null, direction: TOPOLOGY_DEFAULT_DIRECTION,
  depth: TOPOLOGY_FOCUS_LIMITS.depth.default, breadth: TOPOLOGY_FOCUS_LIMITS.breadth.default,
  filters: { kind: [], layer: [], tier: [], lifecycle: [], teamId: [], style: [], domain: [], grouping: [] },
};

/** One parameter through the API's schema for it; what it refuses is dropped. */
function field<T>(schema: z.ZodType<T>, raw: string | null): T | null {
  if (raw === null) return null;
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** A filter list value by value: a bad one is dropped, the rest kept (in the API's limits). */
function filter(sp: URLSearchParams, name: TFilterName): (string | number)[] {
  const schema = ZTopologyFilters.shape[name] as z.ZodType<(string | number)[] | undefined>;
  const kept = [...new Set((sp.get(name) ?? "").split(",").flatMap((v) => field(schema, v) ?? []))];
  // The whole list once more: a list longer than the API takes is dropped like a bad value.
  return kept.length && field(schema, kept.join(",")) ? kept : [];
}

const query = ZTopologyQuery.shape;

/** The view a URL asks for. Lenient: a hand-edited URL with one bad value loses that value, not the page. */
export function parseViewState(sp: URLSearchParams): TopologyViewState {
  const d = DEFAULT_VIEW_STATE;
  const focus = field(ZId, sp.get("focus"));
  const filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, filter(sp, name)])) as TopologyFilters;
  return {
    view: field(ZId, sp.get("view")),
    focus,
    // The API refuses focus with groupBy: focus wins, as the more specific request.
    groupBy: focus ? null : field(ZTopologyGroupBy, sp.get("groupBy")),
    lanes: field(ZLanes, sp.get("lanes")),
    colour: field(ZColour, sp.get("colour")),
    direction: field(ZTopologyDirection, sp.get("direction")) ?? d.direction,
    depth: field(query.depth, sp.get("depth")) ?? d.depth,
    breadth: field(query.breadth, sp.get("breadth")) ?? d.breadth,
    filters: { ...filters, tier: [...filters.tier].sort() },
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
  if (state.colour) sp.set("colour", state.colour);
  for (const name of FILTER_NAMES) {
    const values = state.filters[name];
    if (values.length) sp.set(name, values.join(","));
  }
  return sp;
}

/**
 * Whether a URL names only a saved view (?view=<id>, perhaps with lanes or colouring): then the view's saved
 * definition, once loaded, says what to show, and the URL's own state is not what is fetched.
 */
export function namesOnlySavedView(state: TopologyViewState): boolean {
  return !!state.view && toSearchParams({ ...state, lanes: null, colour: null }).toString() === `view=${encodeURIComponent(state.view)}`;
}

/** GET /api/v1/topology for these parameters: the map's query and the page's preload share it. */
export const topologyUrl = (query: Record<string, string>) => `/api/v1/topology${toQuery(query)}`;

/** GET /api/v1/topology parameters (the saved view id, lanes and colouring are the page's business). */
export function toTopologyQuery(state: TopologyViewState): Record<string, string> {
  const sp = toSearchParams({ ...state, view: null, lanes: null, colour: null });
  return Object.fromEntries(sp.entries());
}

export function activeFilterCount(filters: TopologyFilters): number {
  return FILTER_NAMES.reduce((n, name) => n + (filters[name].length ? 1 : 0), 0);
}

/** A saved view's definition (POST/PATCH /api/v1/views) from what the map shows. */
export function toViewDefinition(state: TopologyViewState): TViewDefinition {
  const filters = Object.fromEntries(FILTER_NAMES.flatMap((name) => (state.filters[name].length ? [[name, state.filters[name]]] : [])));
  const { focus, direction, depth, breadth } = state;
  return { filters, groupBy: focus ? null : state.groupBy, focus, direction, depth, breadth };
}

/** The state a saved view opens with (lanes and colouring are kept from the current screen). */
export function fromViewDefinition(viewId: string, def: TViewDefinition, page: Partial<PageOnly> = {}): TopologyViewState {
  const filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, def.filters?.[name] ?? []])) as TopologyFilters;
  const { groupBy, focus, direction, depth, breadth } = def;
  return { view: viewId, lanes: page.lanes ?? null, colour: page.colour ?? null, groupBy, focus, direction, depth, breadth, filters };
}
