import "server-only";
import { parseContractOffThread } from "@/server/contracts/parse-contract-off-thread";
import { AppError } from "@/server/http/app-error";
import type { TImportRecords } from "@/lib/schemas/interop";
import type { ExistingState } from "./load-existing";
import { contractSha } from "./plan-estate";

export type CheckImportContractsOptions = { records: TImportRecords; existing: ExistingState };

/** "The document could not be parsed: bad indentation (line 12)": what a problem says about a contract. */
export function describeContractError(error: unknown): string {
  if (!(error instanceof AppError)) return "the contract could not be read";
  const first = error.errors[0];
  const detail = first && "text" in first.message ? `: ${first.message.text}` : "";
  return `${error.message}${detail}${first?.line ? ` (line ${first.line})` : ""}`;
}

/**
 * Parses the contracts that would become a new version (not those equal to the newest one), before
 * planning, so an unreadable contract is a problem of its interface like any other — and, in
 * all-or-nothing mode, stops the import before anything is written. By interface key.
 */
export async function checkImportContracts({ records, existing }: CheckImportContractsOptions): Promise<Map<string, string>> {
  const newest = new Set(existing.contractSha.values());
  const bad = new Map<string, string>();
  for (const i of records.interfaces) {
    if (!i.contract || newest.has(contractSha(i.contract.text))) continue;
    try {
      await parseContractOffThread({ text: i.contract.text });
    } catch (error) {
      bad.set(i.key, describeContractError(error));
    }
  }
  return bad;
}
