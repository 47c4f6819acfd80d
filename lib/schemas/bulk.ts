// Bulk assignment of owners from the systems and interfaces lists: one request names many
// records and the owner fields to set on all of them; each record that changes is audited alone.
import { z } from "zod";
import { ZId } from "./common";
import { customIssue, fieldMessage } from "./field-message";

export const BULK_MAX_IDS = 500;

const ZBulkIds = z
  .array(ZId)
  .min(1, fieldMessage("selectAtLeastOne"))
  .max(BULK_MAX_IDS, fieldMessage("atMostRecords", { max: BULK_MAX_IDS }))
  .superRefine((ids, ctx) => {
    // Reported at the repeated position, so a client can point at the exact entry.
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ ...customIssue("duplicateId"), path: [i] });
      seen.add(id);
    });
  })
  .describe(`The records to change (1–${BULK_MAX_IDS}, unique)`);

const owner = (what: string) => ZId.nullable().optional().describe(`${what}; null clears it, absent leaves it unchanged`);

const atLeastOne = (set: Record<string, unknown>) => Object.values(set).some((v) => v !== undefined);

/** `{ ids, set }` where `set` names at least one of the given owner fields and nothing else. */
const bulkAssign = <S extends z.ZodRawShape>(set: S) =>
  z.strictObject({ ids: ZBulkIds, set: z.strictObject(set).refine(atLeastOne, fieldMessage("setAtLeastOneField")) });

const TEAM_AND_TECHNICAL = {
  teamId: owner("Owning team"),
  technicalOwnerId: owner("Technical owner (an active person)"),
};

export const ZSystemBulkAssign = bulkAssign({ ...TEAM_AND_TECHNICAL, businessOwnerId: owner("Business owner (an active person)") })
  .meta({ id: "SystemBulkAssign" });
export type TSystemBulkAssign = z.input<typeof ZSystemBulkAssign>;

// No business owner: interfaces have none (the strict object refuses the field).
export const ZInterfaceBulkAssign = bulkAssign(TEAM_AND_TECHNICAL).meta({ id: "InterfaceBulkAssign" });
export type TInterfaceBulkAssign = z.input<typeof ZInterfaceBulkAssign>;

/** The owner fields a bulk assignment may set, across both record types. */
export type TBulkOwnerSet = { teamId?: string | null; technicalOwnerId?: string | null; businessOwnerId?: string | null };

export const ZBulkAssignResult = z
  .object({
    updated: z.number().int().describe("Records whose values changed (each got version + 1 and one audit entry)"),
    unchanged: z.number().int().describe("Records already at those values: left alone, not audited"),
    items: z
      .array(z.object({ id: z.string(), version: z.number().int() }))
      .describe("Every requested record, in request order, with its version after the call"),
  })
  .meta({ id: "BulkAssignResult" });
export type TBulkAssignResult = z.infer<typeof ZBulkAssignResult>;
