// Small crafted dependency graphs built through the API, and a plain reference traversal to check
// the server's answers against. The reference is written for clarity, not speed: arrays, a queue,
// a visited map — nothing shared with the server's implementation.
import { expect } from "vitest";
import { uniqueKey, type ApiClient } from "./client";

export type Spec = {
  systems: string[];
  /** [provider, consumer], [provider, consumer, broker] or [provider, consumer, broker | null, style] by system name. */
  interfaces: [string, string, (string | null)?, string?][];
  /** Extra fields for some systems (team, owner, tier…), by name. */
  fields?: Record<string, Record<string, unknown>>;
};

export type Edge = { id: string; key: string; provider: string; consumer: string; via: string | null; style: string };
export type Built = { id: Record<string, string>; name: Record<string, string>; edges: Edge[]; tag: string };

export async function buildGraph(client: ApiClient, spec: Spec): Promise<Built> {
  const tag = uniqueKey("g");
  const id: Record<string, string> = {};
  const name: Record<string, string> = {};
  await Promise.all(
    spec.systems.map(async (n) => {
      const res = await client.post("/api/v1/systems", {
        key: `${tag}-${n}`, name: `${tag} ${n}`, kind: "BUSINESS_APP", layer: "BUSINESS", ...spec.fields?.[n],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      id[n] = res.body.id;
      name[res.body.id] = n;
    }),
  );
  const edges = await Promise.all(
    spec.interfaces.map(async ([p, c, via, style], i) => {
      const res = await client.post("/api/v1/interfaces", {
        key: `${tag}-if-${i}`, name: `${p} to ${c}`, style: style ?? (via ? "MESSAGE_QUEUE" : "REST"), mode: via ? "ASYNC" : "SYNC",
        providerSystemId: id[p], consumerSystemId: id[c], ...(via ? { viaSystemId: id[via] } : {}),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return { id: res.body.id, key: res.body.key, provider: p, consumer: c, via: via ?? null, style: res.body.style };
    }),
  );
  return { id, name, edges, tag };
}

/** Arcs by name: provider → consumer, and broker → consumer (a broker's failure breaks the flow). */
function arcs(edges: Edge[], direction: "downstream" | "upstream") {
  const list = edges.flatMap((e) => [
    { from: e.provider, to: e.consumer, edge: e },
    ...(e.via ? [{ from: e.via, to: e.consumer, edge: e }] : []),
  ]);
  return direction === "downstream" ? list : list.map((a) => ({ from: a.to, to: a.from, edge: a.edge }));
}

export type Reference = { distance: Map<string, number>; interfaces: Map<string, number> };

/**
 * Breadth-first from `seeds` (name → distance); returns every other system reached with its
 * distance, and every interface leaving a system closer than `depth`, with the hop that crosses it.
 */
export function referenceImpact(
  edges: Edge[],
  seeds: Map<string, number>,
  direction: "downstream" | "upstream",
  depth = Infinity,
  exclude: { system?: string; interfaceId?: string } = {},
): Reference {
  const all = arcs(edges, direction);
  const distance = new Map(seeds);
  const interfaces = new Map<string, number>();
  const queue = [...seeds.keys()];
  while (queue.length) {
    const u = queue.shift()!;
    const d = distance.get(u)!;
    if (d >= depth) continue;
    for (const a of all.filter((x) => x.from === u)) {
      if (a.edge.id !== exclude.interfaceId && !interfaces.has(a.edge.id)) interfaces.set(a.edge.id, d + 1);
      if (!distance.has(a.to)) {
        distance.set(a.to, d + 1);
        queue.push(a.to);
      }
    }
  }
  if (exclude.system) distance.delete(exclude.system);
  return { distance, interfaces };
}

/** Every listed path is a chain of real hops from the root to the system, as long as its distance. */
export function expectValidPaths(built: Built, rootId: string, body: any, direction: "downstream" | "upstream") {
  const hops = arcs(built.edges, direction);
  const hop = new Set(hops.map((a) => `${a.edge.id}:${built.id[a.from]}>${built.id[a.to]}`));
  for (const s of body.systems) {
    expect(s.path).toHaveLength(s.distance);
    let at = rootId;
    s.path.forEach((step: any, i: number) => {
      const edge = built.edges.find((e) => e.id === step.interfaceId);
      expect(step.interfaceKey).toBe(edge?.key);
      if (i === 0 && body.root.type === "interface") {
        // The root interface's own hop: from its near end to one of its far ends.
        expect(step.interfaceId).toBe(body.root.id);
        expect(hops.some((a) => a.edge.id === step.interfaceId && built.id[a.to] === step.systemId)).toBe(true);
      } else {
        expect(hop.has(`${step.interfaceId}:${at}>${step.systemId}`), JSON.stringify(step)).toBe(true);
      }
      at = step.systemId;
    });
    expect(at).toBe(s.id);
  }
}
