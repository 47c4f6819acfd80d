import "server-only";
import { metrics } from "./registry";

export type ObserveRequestOptions = { method: string; route: string; status: number; seconds: number };

/** One answered API request, under its route template (never the raw path: bounded labels). */
export function observeRequest({ method, route, status, seconds }: ObserveRequestOptions): void {
  metrics().requests.observe({ method, route, status: String(status) }, seconds);
}
