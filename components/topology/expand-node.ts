import type { Messages } from "@/lib/i18n/messages";
import { TOPOLOGY_NODE_LIMIT, type TTopologyGroupBy } from "@/lib/schemas/topology";
import type { MapNode } from "@/lib/topology/to-flow";
import type { TopologyViewState } from "@/lib/topology/view-state";

// A group too big to draw as systems opens grouped another way.
const NEXT_GROUPING: Record<TTopologyGroupBy, TTopologyGroupBy> = { layer: "team", team: "kind", kind: "team", domain: "grouping", grouping: "team" };

type Options = {
  node: MapNode;
  state: TopologyViewState;
  setState: (state: TopologyViewState) => void;
  onNotice: (text: string) => void;
  m: Messages;
};

/**
 * A click on a group opens it (the map filtered to that team, layer or kind); a click on
 * "+N more" raises the breadth cap so those neighbours are drawn.
 */
export function expandNode({ node, state, setState, onNotice, m }: Options) {
  if (node.type === "more") {
    const breadth = Math.min(500, Math.max(state.breadth * 4, node.data.more.systems + 1));
    if (breadth === state.breadth) return onNotice(m.topology.more.atMost);
    return setState({ ...state, breadth });
  }
  if (node.type !== "cluster") return;
  const { groupBy, value, systems } = node.data.group;
  // "No team" cannot be expressed as a filter: its systems are found from the lists instead.
  if (value === null) return onNotice(m.topology.group.noTeamExpand);
  const filterName = groupBy === "team" ? "teamId" : groupBy;
  const filters = { ...state.filters, [filterName]: [value] };
  setState({ ...state, filters, groupBy: systems > TOPOLOGY_NODE_LIMIT ? NEXT_GROUPING[groupBy] : null });
}
