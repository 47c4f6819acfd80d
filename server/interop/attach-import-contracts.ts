import "server-only";
import type { Actor } from "@/server/auth/actor";
import { attachContract } from "@/server/contracts/attach-contract";
import type { TImportProblem } from "@/lib/schemas/interop";
import { describeContractError } from "./check-import-contracts";
import type { PlanItem } from "./plan-item";

export type AttachImportContractsOptions = { actor: Actor; batchId: string; items: PlanItem[] };

/**
 * Attaches each written interface's new contract through the contract module, so it is linted,
 * versioned, audited (with the batch id) and settled exactly as PUT /interfaces/{id}/contract does.
 * One at a time: each is parsed and linted in the lint worker, seconds for a large document.
 * A failure here (the record itself is already written) is reported, not thrown.
 */
export async function attachImportContracts({ actor, batchId, items }: AttachImportContractsOptions): Promise<TImportProblem[]> {
  const problems: TImportProblem[] = [];
  for (const item of items) {
    if (!item.contract) continue;
    try {
      await attachContract({ actor, interfaceIdOrKey: item.after.id, input: { text: item.contract.text, fileName: item.contract.fileName }, batchId });
    } catch (error) {
      problems.push({
        entity: "interfaces", key: item.key, field: "contract", message: describeContractError(error),
        file: item.origin?.file ?? null, line: item.origin?.line ?? null,
      });
    }
  }
  return problems;
}
