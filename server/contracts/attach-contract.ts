import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import type { ContractFinding, ParsedContract } from "@/lib/contracts/types";
import type { TContractPut, TContractPutResult } from "@/lib/schemas/contract";
import type { RuleCounts } from "@/lib/standards/evaluate-record";
import { writeAudit } from "@/server/audit/write-audit";
import { settleOwnCompliance } from "@/server/compliance/settle-compliance";
import { AppError } from "@/server/http/app-error";
import { buildLintOptions } from "./build-lint-options";
import { auditSnapshot, contractVersionSelect, toContractVersion } from "./contract-version-select";
import { findInterfaceId } from "./find-interface-id";
import { getContractSettings } from "./get-contract-settings";
import { getContractVersion } from "./get-contract-version";
import { lintContract } from "./lint-contract";
import { parseContractOffThread } from "./parse-contract-off-thread";

export type AttachContractOptions = {
  actor: Actor;
  interfaceIdOrKey: string;
  input: TContractPut;
  /** Set when an import attaches it (server/interop): its audit entries join the import's batch. */
  batchId?: string;
};

const countRules = (findings: ContractFinding[]): RuleCounts => {
  const counts: RuleCounts = {};
  for (const f of findings) (counts[f.rule] ??= {})[f.severity] = (counts[f.rule]?.[f.severity] ?? 0) + 1;
  return counts;
};

/** The interface's newest version, locked against a concurrent attach by the interface row's lock. */
async function latestVersion(tx: Tx, interfaceId: string) {
  return tx.contractVersion.findFirst({ where: { interfaceId }, orderBy: { number: "desc" }, select: contractVersionSelect });
}

type Store = {
  interfaceId: string; parsed: ParsedContract; sha256: string; text: string; fileName: string | null; findings: ContractFinding[]; batchId?: string;
};

async function store(tx: Tx, actor: Actor, o: Store): Promise<{ created: boolean; number: number }> {
  // Serialises attaches to one interface: the next number, and the "same as latest" check, hold.
  const [iface] = await tx.$queryRaw<{ contractFormat: string; version: number }[]>`
    SELECT "contractFormat"::text AS "contractFormat", "version" FROM "Interface" WHERE "id" = ${o.interfaceId} FOR UPDATE`;
  if (!iface) throw AppError.notFound("interface");
  const latest = await latestVersion(tx, o.interfaceId);
  if (latest?.sha256 === o.sha256) return { created: false, number: latest.number };
  const row = await tx.contractVersion.create({
    data: {
      interfaceId: o.interfaceId, number: (latest?.number ?? 0) + 1, format: o.parsed.format, specVersion: o.parsed.specVersion,
      title: o.parsed.title ?? "", sha256: o.sha256, text: o.text, sizeBytes: Buffer.byteLength(o.text, "utf8"), fileName: o.fileName,
      summary: o.parsed.summary, findings: o.findings, ruleCounts: countRules(o.findings), lintedAt: new Date(), createdById: actor.userId,
    },
    select: contractVersionSelect,
  });
  const version = toContractVersion(row);
  const before = latest ? auditSnapshot(toContractVersion(latest)) : undefined;
  await writeAudit(tx, { actor, action: latest ? "UPDATE" : "CREATE", entityType: "CONTRACT", entityId: o.interfaceId, before, after: auditSnapshot(version), batchId: o.batchId });
  if (iface.contractFormat !== o.parsed.format) {
    // The interface says what its contract is; a form open on the old version now gets a 409.
    await tx.interface.update({ where: { id: o.interfaceId }, data: { contractFormat: o.parsed.format, version: { increment: 1 } } });
    await writeAudit(tx, {
      actor, action: "UPDATE", entityType: "INTERFACE", entityId: o.interfaceId,
      before: { contractFormat: iface.contractFormat, version: iface.version },
      after: { contractFormat: o.parsed.format, version: iface.version + 1 },
      batchId: o.batchId,
    });
  }
  await settleOwnCompliance({ tx });
  return { created: true, number: row.number };
}

/**
 * Attaches a version of the interface's contract: parsed (422 naming the line), linted in the
 * lint worker, stored with its findings, audited, and the interface's results settled, all in
 * one transaction. The same text as the newest version adds nothing (created: false).
 */
export async function attachContract({ actor, interfaceIdOrKey, input, batchId }: AttachContractOptions): Promise<TContractPutResult> {
  const interfaceId = await findInterfaceId({ idOrKey: interfaceIdOrKey });
  const parsed = await parseContractOffThread({ text: input.text });
  const sha256 = createHash("sha256").update(input.text, "utf8").digest("hex");
  const latest = await db().contractVersion.findFirst({ where: { interfaceId }, orderBy: { number: "desc" }, select: { number: true, sha256: true } });
  if (latest?.sha256 === sha256) {
    return { created: false, version: await getContractVersion({ interfaceIdOrKey: interfaceId, number: latest.number }) };
  }
  // Outside the transaction: a lint of a large document takes seconds, and holds no lock meanwhile.
  const findings = await lintContract({ text: input.text, options: buildLintOptions(await getContractSettings()) });
  const { created, number } = await db().$transaction((tx) =>
    store(tx, actor, { interfaceId, parsed, sha256, text: input.text, fileName: input.fileName ?? null, findings, batchId }),
  );
  return { created, version: await getContractVersion({ interfaceIdOrKey: interfaceId, number }) };
}
