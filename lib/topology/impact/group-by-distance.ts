// The panel lists affected systems under "1 hop", "2 hops", …: one group per distance.

export type DistanceGroup<T> = { distance: number; items: T[] };

/**
 * Groups by distance, nearest first, keeping the input order inside each group (the API's
 * "most critical first, then by name"). Does not assume the input is sorted: pages fetched
 * while the graph changed may interleave distances.
 */
export function groupByDistance<T extends { distance: number }>(items: readonly T[]): DistanceGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(item.distance);
    if (group) group.push(item);
    else groups.set(item.distance, [item]);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([distance, grouped]) => ({ distance, items: grouped }));
}
