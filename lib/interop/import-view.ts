// Pure helpers for the import pages and the CLI: totals of a result, the changes table's filter,
// and the client's batch id. No React, so both the browser and the CLI use them, and unit tests.
import { IMPORT_ACTIONS, IMPORT_ENTITIES, type TImportChange, type TImportEntity, type TImportResult } from "@/lib/schemas/interop";

export type ImportAction = (typeof IMPORT_ACTIONS)[number];
export type ActionCounts = Record<ImportAction, number>;

/** The counts of every entity added up: what the confirmation names. */
export function totalCounts(result: Pick<TImportResult, "counts">): ActionCounts {
  const total = Object.fromEntries(IMPORT_ACTIONS.map((a) => [a, 0])) as ActionCounts;
  for (const entity of IMPORT_ENTITIES) for (const a of IMPORT_ACTIONS) total[a] += result.counts[entity]?.[a] ?? 0;
  return total;
}

/** Whether applying would write anything (creates, updates or deletes). */
export const hasWrites = (c: ActionCounts) => c.create + c.update + c.delete > 0;

export type ChangeFilter = { entity: TImportEntity | ""; action: ImportAction | ""; search: string };

/** The changes the table shows for a filter: by entity, by action, and a case-insensitive key search. */
export function filterChanges(changes: readonly TImportChange[], f: ChangeFilter): TImportChange[] {
  const needle = f.search.trim().toLowerCase();
  return changes.filter((c) => (!f.entity || c.entity === f.entity) && (!f.action || c.action === f.action)
    && (!needle || c.key.toLowerCase().includes(needle)));
}

/** One page of a list (1-based), the page clamped to the list's last. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const p = Math.min(Math.max(1, page), pages);
  return { rows: items.slice((p - 1) * pageSize, p * pageSize), page: p, pages };
}

/**
 * A batch id the client chooses before an import starts, so it can poll the batch's progress
 * while the request runs (the API takes 20–40 lower-case letters and digits). 24 random base-36
 * characters: about 124 bits, so two clients never pick the same.
 */
export function newBatchId(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  // 252 = 7 × 36: bytes at or above it are dropped so every character is equally likely.
  let id = "";
  while (id.length < 24) for (const b of random(32)) if (b < 252 && id.length < 24) id += alphabet[b % 36];
  return id;
}

/** A value of a changed field as the before/after table shows it. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(showValue).join(", ") : "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
