import "server-only";
import { db } from "@/server/db";
import type { ContractFinding, ContractSummary } from "@/lib/contracts/types";
import type { TContractVersionDetail } from "@/lib/schemas/contract";
import { AppError } from "@/server/http/app-error";
import { contractVersionSelect, toContractVersion } from "./contract-version-select";
import { findInterfaceId } from "./find-interface-id";

export type GetContractVersionOptions = { interfaceIdOrKey: string; number: number };

/** One version with its text, its findings (sorted by line) and its operations or channels. */
export async function getContractVersion({ interfaceIdOrKey, number }: GetContractVersionOptions): Promise<TContractVersionDetail> {
  const interfaceId = await findInterfaceId({ idOrKey: interfaceIdOrKey });
  const row = await db().contractVersion.findUnique({
    where: { interfaceId_number: { interfaceId, number } },
    select: { ...contractVersionSelect, text: true, findings: true, summary: true },
  });
  if (!row) throw AppError.notFound("contractVersion");
  const { text, findings, summary, ...meta } = row;
  // attachContract stores findings and summary with every version.
  return { ...toContractVersion(meta), text, findings: (findings ?? []) as ContractFinding[], summary: summary as ContractSummary };
}
