import { describe, expect, it } from "vitest";
import { ZViewDefinition } from "@/lib/schemas/view";
import { ZTopologyQuery } from "@/lib/schemas/topology";
import {
  DEFAULT_VIEW_STATE, fromViewDefinition, namesOnlySavedView, parseViewState, toSearchParams, toTopologyQuery, toViewDefinition,
  topologyUrl,
} from "./view-state";

const parse = (q: string) => parseViewState(new URLSearchParams(q));

describe("topology view state in the URL", () => {
  it("reads an empty URL as the default overview", () => {
    expect(parse("")).toEqual(DEFAULT_VIEW_STATE);
    expect(toSearchParams(DEFAULT_VIEW_STATE).toString()).toBe("");
  });

  it("round-trips a focused, filtered view", () => {
    const q = "focus=sys_1&direction=downstream&depth=4&breadth=50&lanes=team&kind=DATABASE,GATEWAY&tier=0,1&teamId=t1";
    const state = parse(q);
    expect(state.focus).toBe("sys_1");
    expect(state.depth).toBe(4);
    expect(state.filters.kind).toEqual(["DATABASE", "GATEWAY"]);
    expect(state.filters.tier).toEqual([0, 1]);
    expect(parse(toSearchParams(state).toString())).toEqual(state);
  });

  it("drops bad values one by one instead of failing the page", () => {
    const tooLong = "x".repeat(65); // longer than any record id
    const state = parse(`groupBy=planet&depth=99&kind=DATABASE,NOPE&tier=7,2&teamId=${tooLong}&direction=sideways&focus=${tooLong}`);
    expect(state.groupBy).toBeNull();
    expect(state.depth).toBe(DEFAULT_VIEW_STATE.depth);
    expect(state.direction).toBe("both");
    expect(state.filters.kind).toEqual(["DATABASE"]);
    expect(state.filters.tier).toEqual([2]);
    expect(state.filters.teamId).toEqual([]);
    expect(state.focus).toBeNull();
  });

  it("keeps the API's limits, read from its schema: a list longer than it takes is dropped", () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`).join(",");
    expect(parse(`teamId=${ids(200)}`).filters.teamId).toHaveLength(200);
    expect(parse(`teamId=${ids(201)}`).filters.teamId).toEqual([]);
    expect(parse("focus=s1&depth=10&breadth=500")).toMatchObject({ depth: 10, breadth: 500 });
    expect(parse("focus=s1&depth=11&breadth=501")).toMatchObject({ depth: 2, breadth: 25 });
    expect(parse("tier=3,1,1,0x1").filters.tier).toEqual([1, 3]);
  });

  it("lets focus win over groupBy, which the API refuses to combine", () => {
    const state = parse("focus=abc&groupBy=team");
    expect(state.groupBy).toBeNull();
    expect(ZTopologyQuery.safeParse(toTopologyQuery(state)).success).toBe(true);
  });

  it("builds API queries the topology schema accepts, without the page-only fields", () => {
    const query = toTopologyQuery(parse("view=v1&lanes=layer&groupBy=kind&style=REST,WEBHOOK&tier=3"));
    expect(query).toEqual({ groupBy: "kind", style: "REST,WEBHOOK", tier: "3" });
    expect(ZTopologyQuery.safeParse(query).success).toBe(true);
  });

  it("keeps the level colouring in the URL only, and across opening a saved view", () => {
    const state = parse("colour=level&lanes=layer&tier=0");
    expect(state.colour).toBe("level");
    expect(parse("colour=rainbow").colour).toBeNull();
    expect(parse("colour=health").colour).toBe("health");
    expect(toSearchParams(state).toString()).toBe("lanes=layer&colour=level&tier=0");
    expect(toTopologyQuery(state)).toEqual({ tier: "0" });
    const def = ZViewDefinition.parse(toViewDefinition(state));
    expect(def).not.toHaveProperty("colour");
    expect(fromViewDefinition("v7", def, state)).toMatchObject({ view: "v7", colour: "level", lanes: "layer" });
  });

  it("turns into a saved view definition and back", () => {
    const state = parse("focus=s9&direction=upstream&depth=3&layer=DATA&lifecycle=ACTIVE");
    const def = ZViewDefinition.parse(toViewDefinition(state));
    expect(fromViewDefinition("v7", def)).toEqual({ ...state, view: "v7" });
  });

  it("tells a link naming only a saved view (lanes aside) from one that says what to show", () => {
    expect(namesOnlySavedView(parse("view=v7"))).toBe(true);
    expect(namesOnlySavedView(parse("view=v7&lanes=team"))).toBe(true);
    expect(namesOnlySavedView(parse("view=v7&colour=level"))).toBe(true);
    expect(namesOnlySavedView(parse("view=v7&groupBy=team"))).toBe(false);
    expect(namesOnlySavedView(parse("groupBy=team"))).toBe(false);
  });

  it("builds the one GET /topology URL the page preloads and the map fetches", () => {
    expect(topologyUrl(toTopologyQuery(parse("")))).toBe("/api/v1/topology");
    expect(topologyUrl(toTopologyQuery(parse("lanes=layer&groupBy=team&view=v7")))).toBe("/api/v1/topology?groupBy=team");
    expect(topologyUrl(toTopologyQuery(parse("focus=s9&depth=3&tier=2,0")))).toBe("/api/v1/topology?focus=s9&depth=3&tier=0%2C2");
  });
});
