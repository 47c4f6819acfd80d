import "server-only";
import { AppError } from "@/server/http/app-error";
import type { EntityKey } from "@/lib/i18n/problems/types";
import type { TopologyGraph } from "./graph-types";

export type FindInGraphOptions = {
  graph: TopologyGraph;
  type: "system" | "interface";
  /** What the API was given: a record's id or its key (the id is tried first). */
  idOrKey: string;
  /** For the 404: the system / the interface unless the caller names it ("focusSystem"). */
  what?: EntityKey;
};

/** The graph index of a system or an interface named by id or key; a 404 when neither matches. */
export function findInGraph({ graph, type, idOrKey, what }: FindInGraphOptions): number {
  const index =
    type === "system"
      ? (graph.systemIndex.get(idOrKey) ?? graph.systemKeyIndex.get(idOrKey))
      : (graph.interfaceIndex.get(idOrKey) ?? graph.interfaceKeyIndex.get(idOrKey));
  if (index === undefined) throw AppError.notFound(what ?? type);
  return index;
}
