import "server-only";
// The one import engine (issue 12): every way in (Backstage files, CSV/xlsx, the bulk API,
// `junction apply`) maps its input to records and calls this. Signature first so the other lanes
// can compile against it; the body lands with READY-ENGINE.
import type { Actor } from "@/server/auth/actor";
import type { ImportSource } from "@/server/generated/prisma/enums";
import type { TImportProblem, TImportRecords, TImportResult } from "@/lib/schemas/interop";

export type ImportRecordsOptions = {
  actor: Actor;
  source: ImportSource;
  /** File names, "bulk API", "apply team-a": what the person chose. */
  label: string;
  /** Already validated and mapped. */
  records: TImportRecords;
  options: { mode: "all-or-nothing" | "accept-valid"; dryRun: boolean; batchId?: string };
  /** Problems the caller found while reading; in all-or-nothing mode any of them stops the write. */
  problems?: TImportProblem[];
  /** Apply only: delete that team's systems/interfaces missing from records. */
  prune?: { team: string };
};

export async function importRecords(o: ImportRecordsOptions): Promise<TImportResult> {
  void o;
  throw new Error("importRecords: not yet (lane ENGINE is building it)");
}
