import "server-only";
import { metrics } from "./registry";

export type CountIngestedOptions = { kind: "samples" | "events"; accepted: number; duplicates: number; rejected: number };

/** Adds one batch's outcome to junction_health_ingested_total. */
export function countIngested({ kind, accepted, duplicates, rejected }: CountIngestedOptions): void {
  const { ingested } = metrics();
  if (accepted) ingested.inc({ kind, outcome: "accepted" }, accepted);
  if (duplicates) ingested.inc({ kind, outcome: "duplicate" }, duplicates);
  if (rejected) ingested.inc({ kind, outcome: "rejected" }, rejected);
}
