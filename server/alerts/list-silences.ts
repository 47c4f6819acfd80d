import "server-only";
import { db } from "@/server/db";
import { silenceView } from "./silence-view";

export type ListSilencesOptions = { state: "active" | "expired" | "all" };

/** Silences, those ending last first: active (not ended, started or not), expired, or all (at most 500 of the ended). */
export async function listSilences({ state }: ListSilencesOptions) {
  const now = new Date();
  const where = state === "active" ? { endsAt: { gt: now } } : state === "expired" ? { endsAt: { lte: now } } : {};
  const rows = await db().silence.findMany({ where, orderBy: [{ endsAt: "desc" }, { id: "asc" }], take: 1000 });
  return { items: rows.map((s) => silenceView(s, now)) };
}
