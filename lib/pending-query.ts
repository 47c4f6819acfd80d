// Query strings asked for with router.replace that the URL does not show yet. Next.js updates
// the URL only when the navigation commits, so two quick changes (a filter, then a date) would
// each start from the committed URL and the second would undo the first. Each change builds on
// the newest one still in flight instead.

export type Flight = { base: string; chain: string[] };

export const newFlight = (): Flight => ({ base: "", chain: [] });

/**
 * The query string to build the next change on, given what the URL shows now. Drops the changes
 * that have landed; forgets them all when the URL moved somewhere else (a link, the back button).
 */
export function settle(flight: Flight, committed: string): string {
  const at = flight.chain.indexOf(committed);
  if (at >= 0) {
    flight.chain.splice(0, at + 1);
    flight.base = committed;
  } else if (committed !== flight.base) {
    flight.chain = [];
    flight.base = committed;
  }
  return flight.chain.at(-1) ?? committed;
}

/** Records a change on its way to the URL. */
export function launch(flight: Flight, query: string): void {
  flight.chain.push(query);
}
