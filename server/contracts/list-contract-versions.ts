import "server-only";
import { db } from "@/server/db";
import type { TContractVersion } from "@/lib/schemas/contract";
import { contractVersionSelect, toContractVersion } from "./contract-version-select";
import { findInterfaceId } from "./find-interface-id";

export type ListContractVersionsOptions = { interfaceIdOrKey: string };

/** Every version of the interface's contract, newest first, without the texts. */
export async function listContractVersions({ interfaceIdOrKey }: ListContractVersionsOptions): Promise<{ items: TContractVersion[] }> {
  const interfaceId = await findInterfaceId({ idOrKey: interfaceIdOrKey });
  const rows = await db().contractVersion.findMany({ where: { interfaceId }, orderBy: { number: "desc" }, select: contractVersionSelect });
  return { items: rows.map(toContractVersion) };
}
