// The writes behind "confirm still accurate" and the one-click ownership fixes. A finding on
// /ownership carries no version, so each fix reads the record's current version first and sends
// it along: optimistic concurrency still catches an edit made between that read and the write.
import { api } from "@/lib/api-client";
import type { TUserRef } from "./types";

export type TRecordType = "SYSTEM" | "INTERFACE";

/** What the API adds to systems and interfaces for "confirm still accurate". */
export type TReviewed = { reviewedAt?: string | null; reviewedBy?: TUserRef | null };

export const recordPath = (type: TRecordType, id: string) =>
  `/${type === "SYSTEM" ? "systems" : "interfaces"}/${encodeURIComponent(id)}`;

export const recordHref = (type: TRecordType, id: string) => `${type === "SYSTEM" ? "/systems" : "/interfaces"}/${id}`;

async function currentVersion(type: TRecordType, id: string): Promise<number> {
  return (await api<{ version: number }>(recordPath(type, id))).version;
}

/** PATCH owner fields (teamId, technicalOwnerId, businessOwnerId) at the record's current version. */
export async function patchOwners(type: TRecordType, id: string, changes: Record<string, string | null>) {
  const version = await currentVersion(type, id);
  return api<{ id: string; version: number }>(recordPath(type, id), { method: "PATCH", body: { ...changes, version } });
}

/** Stamps reviewer and date. `version`: the one the caller shows; without it, the current one. */
export async function confirmRecord(type: TRecordType, id: string, version?: number) {
  const v = version ?? (await currentVersion(type, id));
  return api<{ id: string; version: number }>(`${recordPath(type, id)}/confirm`, { method: "POST", body: { version: v } });
}
