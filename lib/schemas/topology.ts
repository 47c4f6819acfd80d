import { z } from "zod";
import { ZId, ZTier } from "./common";
import {
  INTERFACE_STYLES, LAYERS, LIFECYCLES, SYSTEM_KINDS, ZInterfaceMode, ZInterfaceStyle, ZLayer, ZLifecycle, ZSystemKind,
} from "./enums";
import { ZSystemSummary } from "./system";
import { textInput } from "./text";
import { fieldMessage } from "./field-message";

/** A grouping label as a filter value: a comma would split the query-string list, so none. */
const ZLabel = textInput().trim().min(1).max(500).regex(/^[^,]+$/);

/** Above this many systems an overview is returned as groups, and a focus view stops growing. */
export const TOPOLOGY_NODE_LIMIT = 1000;
// domain and grouping: the labels a catalog import brings (Backstage Domain and System entities).
export const TOPOLOGY_GROUP_BY = ["team", "layer", "kind", "domain", "grouping"] as const;
export const ZTopologyGroupBy = z.enum(TOPOLOGY_GROUP_BY);
export type TTopologyGroupBy = z.infer<typeof ZTopologyGroupBy>;
export const ZTopologyDirection = z.enum(["downstream", "upstream", "both"]);

// The map's view parameters, written once. Three forms derive from them: the API query below
// (comma-separated lists in a query string), a saved view's definition (lib/schemas/view.ts, JSON
// arrays) and the page's URL (lib/topology/view-state.ts, parsed with this query's schemas).

/** What each filter holds, and how many values a list may have (an enum: each value once). */
export const TOPOLOGY_FILTERS = {
  kind: { item: ZSystemKind, max: SYSTEM_KINDS.length },
  layer: { item: ZLayer, max: LAYERS.length },
  tier: { item: ZTier, max: 4 },
  lifecycle: { item: ZLifecycle, max: LIFECYCLES.length },
  teamId: { item: ZId, max: 200 },
  style: { item: ZInterfaceStyle, max: INTERFACE_STYLES.length },
  domain: { item: ZLabel, max: 200 },
  grouping: { item: ZLabel, max: 200 },
} as const;
export type TTopologyFilterName = keyof typeof TOPOLOGY_FILTERS;
export const TOPOLOGY_FILTER_NAMES = Object.keys(TOPOLOGY_FILTERS) as TTopologyFilterName[];
type FilterItem<K extends TTopologyFilterName> = (typeof TOPOLOGY_FILTERS)[K]["item"];

/** Focus views: hops from the focus, and neighbours shown per system. */
export const TOPOLOGY_FOCUS_LIMITS = {
  depth: { min: 1, max: 10, default: 2 },
  breadth: { min: 1, max: 500, default: 25 },
} as const;
export const TOPOLOGY_DEFAULT_DIRECTION = "both" as const;

/** A focus limit as a JSON number (`coerce` for a query string). */
export function focusLimit(name: keyof typeof TOPOLOGY_FOCUS_LIMITS, coerce = false) {
  const l = TOPOLOGY_FOCUS_LIMITS[name];
  return (coerce ? z.coerce.number() : z.number()).int().min(l.min).max(l.max).default(l.default);
}

/** A filter as a JSON array (saved views). */
export const filterList = <K extends TTopologyFilterName>(name: K) =>
  z.array(TOPOLOGY_FILTERS[name].item as FilterItem<K>).min(1).max(TOPOLOGY_FILTERS[name].max);

/** A filter as one value or a comma-separated list in a query string; numbers as digits. */
function filterParam<K extends TTopologyFilterName>(name: K) {
  const { item } = TOPOLOGY_FILTERS[name];
  const fromText = item instanceof z.ZodNumber ? z.preprocess((v) => (typeof v === "string" && /^\d{1,3}$/.test(v) ? Number(v) : v), item) : item;
  return textInput()
    .max(5000)
    .transform((s) => s.split(",").map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(fromText).min(1).max(TOPOLOGY_FILTERS[name].max) as unknown as z.ZodType<z.output<FilterItem<K>>[], string[]>)
    .optional();
}

/** The estate a view draws from: systems by their fields, interfaces by style (both ends must pass). */
export const ZTopologyFilters = z.object({
  kind: filterParam("kind"),
  layer: filterParam("layer"),
  tier: filterParam("tier").describe("Tiers 0–3, comma-separated"),
  lifecycle: filterParam("lifecycle"),
  teamId: filterParam("teamId").describe("Owning team ids, comma-separated"),
  style: filterParam("style").describe("Interface styles, comma-separated"),
  domain: filterParam("domain").describe("Domain labels, comma-separated"),
  grouping: filterParam("grouping").describe("Grouping labels (Backstage System), comma-separated"),
});
export type TTopologyFilters = z.output<typeof ZTopologyFilters>;

export const ZTopologyQuery = ZTopologyFilters.extend({
  groupBy: ZTopologyGroupBy.optional().describe(`Group systems; implied (layer) above ${TOPOLOGY_NODE_LIMIT} systems without focus`),
  focus: ZId.optional().describe("A system id or key: its neighbourhood instead of the overview"),
  direction: ZTopologyDirection.default(TOPOLOGY_DEFAULT_DIRECTION).describe("Focus only: which way to walk from the focus"),
  depth: focusLimit("depth", true).describe("Focus only: hops from the focus"),
  breadth: focusLimit("breadth", true).describe("Focus only: neighbours shown per system; the rest behind a \"+N more\" node"),
}).refine((q) => !(q.focus && q.groupBy), { ...fieldMessage("focusWithGroupBy"), path: ["groupBy"] });
export type TTopologyQuery = z.output<typeof ZTopologyQuery>;

const ZPosition = z.object({ x: z.number(), y: z.number() });

/** A map coordinate: finite and far from what JSON or a canvas cannot represent. */
export const ZCoordinate = z.number().min(-1e7).max(1e7);

/** The automatic layout of one view: each node's top-left corner; what PUT /topology/layout stores. */
export const ZTopologyLayout = z
  .object({
    positions: z
      .record(ZId, z.object({ x: ZCoordinate, y: ZCoordinate }))
      .refine((p) => Object.keys(p).length <= 2 * TOPOLOGY_NODE_LIMIT, fieldMessage("atMostNodes", { max: 2 * TOPOLOGY_NODE_LIMIT })),
    width: z.number().min(0).max(1e8),
    height: z.number().min(0).max(1e8),
  })
  .meta({ id: "TopologyLayout" });
export type TTopologyLayout = z.infer<typeof ZTopologyLayout>;

/** The estate's version (TopologyState), a bigint written in digits. */
const ZEstateVersion = textInput().regex(/^\d{1,19}$/, fieldMessage("digits"));

export const ZTopologyLayoutSave = z
  .strictObject({ version: ZEstateVersion.describe("The `version` of the GET /topology answer that was laid out"), layout: ZTopologyLayout })
  .meta({ id: "TopologyLayoutSave" });
export const ZTopologyLayoutStored = z.object({ stored: z.boolean() }).meta({ id: "TopologyLayoutStored" });
const ZHidden = z
  .object({ upstream: z.number().int(), downstream: z.number().int() })
  .describe("Interfaces of this system not drawn and not behind a \"+N more\" node (beyond the depth, or the other direction)");

export const ZTopologySystemNode = ZSystemSummary.extend({
  type: z.literal("system"),
  teamId: z.string().nullable(),
  position: ZPosition.nullable().describe("Saved manual position, if any"),
  distance: z.number().int().optional().describe("Focus only: hops from the focus"),
  hidden: ZHidden.optional(),
});

export const ZTopologyGroupNode = z.object({
  type: z.literal("group"),
  id: z.string().describe("groupBy:value, e.g. team:<id>, team:none, layer:DATA"),
  groupBy: ZTopologyGroupBy,
  value: z.string().nullable().describe("The team id, layer, kind, domain or grouping; null for systems without one"),
  label: z.string(),
  systems: z.number().int(),
  internalInterfaces: z.number().int().describe("Interfaces between two systems of this group"),
  omitted: z
    .object({ outgoing: z.number().int(), incoming: z.number().int() })
    .describe("Interfaces to and from other groups on pairs not drawn (beyond the edge cap)"),
});

export const ZTopologyMoreNode = z.object({
  type: z.literal("more"),
  id: z.string(),
  systemId: z.string().describe("The system whose further neighbours this stands for"),
  direction: z.enum(["downstream", "upstream"]),
  systems: z.number().int().describe("Neighbours not shown"),
  interfaces: z.number().int().describe("Interfaces to them"),
});

export const ZTopologyInterfaceEdge = z.object({
  type: z.literal("interface"),
  id: z.string(),
  key: z.string(),
  name: z.string(),
  source: z.string().describe("Provider system id"),
  target: z.string().describe("Consumer system id"),
  viaSystemId: z.string().nullable(),
  style: ZInterfaceStyle,
  mode: ZInterfaceMode,
  endpoint: z.string().nullable().describe("Path, topic, queue or schedule"),
});

export const ZTopologyAggregateEdge = z.object({
  type: z.literal("aggregate"),
  id: z.string(),
  source: z.string().describe("Group id of the providers"),
  target: z.string().describe("Group id of the consumers"),
  interfaces: z.number().int(),
  styles: z.partialRecord(ZInterfaceStyle, z.number().int()).describe("Interfaces per style"),
});

export const ZTopologyMoreEdge = z.object({
  type: z.literal("more"),
  id: z.string(),
  source: z.string(),
  target: z.string(),
  interfaces: z.number().int(),
});

export const ZTopologyNode = z.discriminatedUnion("type", [ZTopologySystemNode, ZTopologyGroupNode, ZTopologyMoreNode]);
export const ZTopologyEdge = z.discriminatedUnion("type", [ZTopologyInterfaceEdge, ZTopologyAggregateEdge, ZTopologyMoreEdge]);
export type TTopologyNode = z.infer<typeof ZTopologyNode>;
export type TTopologyEdge = z.infer<typeof ZTopologyEdge>;

export const ZTopology = z
  .object({
    view: z.enum(["systems", "groups", "focus"]),
    groupBy: ZTopologyGroupBy.nullable(),
    focus: z.string().nullable().describe("The focus system's id"),
    nodes: z.array(ZTopologyNode),
    edges: z.array(ZTopologyEdge),
    totals: z
      .object({ systems: z.number().int(), interfaces: z.number().int() })
      .describe("The filtered estate: its systems, and the interfaces between two of them"),
    collapsed: z.boolean().describe(`Grouped because the filtered estate has more than ${TOPOLOGY_NODE_LIMIT} systems`),
    truncated: z.boolean().describe("Focus only: some neighbours are behind \"+N more\" nodes"),
    omitted: z
      .object({ pairs: z.number().int(), interfaces: z.number().int() })
      .describe("Groups only: pairs of groups beyond the edge cap, not drawn but counted on their groups' `omitted`"),
    teams: z
      .array(z.object({ id: z.string(), key: z.string(), name: z.string() }))
      .describe("The teams owning the system nodes of this view, for labels and lanes"),
    labels: z
      .object({ domain: z.array(z.string()), grouping: z.array(z.string()) })
      .describe("Every domain and grouping label of the estate (unfiltered), for the filters"),
    version: ZEstateVersion.describe("The estate version (changes with every write to systems or interfaces) this answer was computed at"),
    layout: ZTopologyLayout.nullable().describe("An automatic layout of exactly these nodes stored for this view at this version (PUT /topology/layout), if any"),
  })
  .meta({ id: "Topology" });
export type TTopology = z.infer<typeof ZTopology>;
