import "server-only";
import { db } from "@/server/db";
import { TOPOLOGY_NODE_LIMIT, type TTopology, type TTopologyQuery } from "@/lib/schemas/topology";
import { findInGraph } from "@/server/graph/find-in-graph";
import { getGraph } from "@/server/graph/get-graph";
import { selectEstate } from "./select-estate";
import { buildSystemView } from "./build-system-view";
import { buildGroupView } from "./build-group-view";
import { buildFocusView } from "./build-focus-view";
import { readPositions } from "./read-positions";
import { readCachedLayout } from "./read-cached-layout";
import { layoutCacheKey } from "./layout-cache-key";
import { estateLabels } from "./estate-labels";

export type GetTopologyOptions = { query: TTopologyQuery };

type GroupNodes = ReturnType<typeof buildGroupView>["nodes"];

const NO_LABEL: Partial<Record<GroupNodes[number]["groupBy"], string>> = { domain: "No domain", grouping: "No grouping" };

/** Team groups are labelled with the team's name: one query for all of them. */
async function labelTeams(allNodes: GroupNodes): Promise<GroupNodes> {
  const nodes = allNodes.map((n) => (n.value === null && NO_LABEL[n.groupBy] ? { ...n, label: NO_LABEL[n.groupBy]! } : n));
  const ids = nodes.flatMap((n) => (n.groupBy === "team" && n.value ? [n.value] : []));
  if (!ids.length) return nodes.map((n) => (n.groupBy === "team" ? { ...n, label: "No team" } : n));
  const teams = await db().team.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(teams.map((t) => [t.id, t.name]));
  return nodes.map((n) => (n.groupBy === "team" ? { ...n, label: n.value ? (names.get(n.value) ?? n.value) : "No team" } : n));
}

/** Names of the teams that own the drawn systems: the page labels nodes and team lanes with them. */
async function teamsOf(nodes: { type: string; teamId?: string | null }[]) {
  const ids = [...new Set(nodes.flatMap((n) => (n.type === "system" && n.teamId ? [n.teamId] : [])))];
  if (!ids.length) return [];
  return db().team.findMany({ where: { id: { in: ids } }, select: { id: true, key: true, name: true }, orderBy: { name: "asc" } });
}

/** Saved positions onto the system nodes of a view ("+N more" placeholders have none). */
async function placeSystems<T extends { type: string; id: string }>(nodes: T[]): Promise<T[]> {
  const positions = await readPositions({ systemIds: nodes.filter((n) => n.type === "system").map((n) => n.id) });
  return nodes.map((n) => (n.type === "system" ? { ...n, position: positions.get(n.id) ?? null } : n));
}

/**
 * One response for one view of the map, computed from the in-memory graph: the whole filtered
 * estate when it is small, groups when it is large (or asked for), or a focus neighbourhood.
 */
export async function getTopology({ query }: GetTopologyOptions): Promise<TTopology> {
  const graph = await getGraph();
  const { groupBy, focus, direction, depth, breadth, ...filters } = query;
  const version = graph.version.toString();
  const common = { groupBy: null, focus: null, collapsed: false, truncated: false, omitted: { pairs: 0, interfaces: 0 }, version, labels: estateLabels(graph) };
  // The same view at the same version has the same nodes and edges: a layout stored for it fits.
  const layout = () => readCachedLayout({ key: layoutCacheKey(query), version: graph.version });

  if (focus) {
    const index = findInGraph({ graph, type: "system", idOrKey: focus, what: "focusSystem" });
    const estate = selectEstate({ graph, filters, always: index });
    const view = buildFocusView({ graph, estate, focus: index, direction, depth, breadth, maxNodes: TOPOLOGY_NODE_LIMIT });
    const totals = { systems: estate.systemCount, interfaces: estate.interfaceCount };
    const [nodes, teams, cached] = await Promise.all([placeSystems(view.nodes), teamsOf(view.nodes), layout()]);
    return { ...common, view: "focus", focus: graph.systems[index].id, ...view, nodes, totals, teams, layout: cached };
  }

  const estate = selectEstate({ graph, filters });
  const totals = { systems: estate.systemCount, interfaces: estate.interfaceCount };
  const collapsed = !groupBy && estate.systemCount > TOPOLOGY_NODE_LIMIT;
  // Layer when nobody chose: at most 4 groups and 16 edges, where teams can mean hundreds of
  // groups and tens of thousands of aggregated edges (measured: 7 MB at 20,000 systems).
  const by = groupBy ?? (collapsed ? "layer" : undefined);
  if (by) {
    const view = buildGroupView({ graph, estate, groupBy: by });
    const [nodes, cached] = await Promise.all([labelTeams(view.nodes), layout()]);
    return { ...common, view: "groups", groupBy: by, collapsed, omitted: view.omitted, nodes, edges: view.edges, totals, teams: [], layout: cached };
  }
  const view = buildSystemView({ graph, estate });
  const [nodes, teams, cached] = await Promise.all([placeSystems(view.nodes), teamsOf(view.nodes), layout()]);
  return { ...common, view: "systems", nodes, edges: view.edges, totals, teams, layout: cached };
}
