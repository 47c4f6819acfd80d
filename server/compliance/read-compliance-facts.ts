import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { Tx } from "@/server/db";
import type { TSubjectType } from "@/lib/schemas/enums";
import type { ContractFacts, Facts } from "@/lib/standards/evaluate-record";

export type SubjectFacts = {
  record: Facts;
  ends?: { provider: Facts; consumer: Facts };
  contract?: ContractFacts;
  waivers: Map<string, { id: string; expiresAt: number }>;
  attestations: Map<string, number>;
};

export type ReadComplianceFactsOptions = { tx: Tx; subjectType: TSubjectType; ids: string[] | "all" };

const SYSTEM_COLUMNS = Prisma.sql`s."id", s."key", s."name", s."description", s."kind"::text AS "kind", s."layer"::text AS "layer",
  s."tier", s."lifecycle"::text AS "lifecycle", s."vendor", s."isThirdParty", s."teamId", s."technicalOwnerId",
  s."businessOwnerId", s."tags", s."docsUrl", s."repoUrl", s."runbookUrl", s."monitoringUrl"`;

const INTERFACE_COLUMNS = Prisma.sql`i."id", i."key", i."name", i."description", i."style"::text AS "style", i."mode"::text AS "mode",
  i."endpoint", i."dataObjects", i."authMethod"::text AS "authMethod", i."contractFormat"::text AS "contractFormat",
  i."contractUrl", i."tier", i."lifecycle"::text AS "lifecycle", i."teamId", i."technicalOwnerId", i."viaSystemId",
  i."deliveryGuarantee"::text AS "deliveryGuarantee", i."idempotent", i."retryPolicy", i."deadLetterQueue", i."tlsInTransit",
  i."sloAvailabilityPct", i."sloLatencyP95Ms", i."sloFreshnessMinutes", i."providerSystemId", i."consumerSystemId"`;

// The end fields a graph rule may read (lib/standards/fields.ts END_FIELDS), one row per system:
// read once and shared by every interface, instead of two JSON objects built per interface row.
const END_COLUMNS = Prisma.sql`s."id", s."key", s."kind"::text AS "kind", s."layer"::text AS "layer", s."tier",
  s."lifecycle"::text AS "lifecycle", s."teamId", s."isThirdParty", s."vendor", s."tags"`;

type InterfaceRow = Facts & { providerSystemId: string; consumerSystemId: string };

async function readRecords(tx: Tx, subjectType: TSubjectType, ids: string[] | "all"): Promise<Map<string, SubjectFacts>> {
  const byIds = (alias: string) => (ids === "all" ? Prisma.empty : Prisma.sql`WHERE ${Prisma.raw(alias)}."id" = ANY(${ids}::text[])`);
  const out = new Map<string, SubjectFacts>();
  if (subjectType === "SYSTEM") {
    const rows = await tx.$queryRaw<Facts[]>`SELECT ${SYSTEM_COLUMNS} FROM "System" s ${byIds("s")}`;
    for (const record of rows) out.set(record.id, { record, waivers: new Map(), attestations: new Map() });
    return out;
  }
  const rows = await tx.$queryRaw<InterfaceRow[]>`SELECT ${INTERFACE_COLUMNS} FROM "Interface" i ${byIds("i")}`;
  const endIds = ids === "all" ? Prisma.empty
    : Prisma.sql`WHERE s."id" = ANY(${[...new Set(rows.flatMap((r) => [r.providerSystemId, r.consumerSystemId]))]}::text[])`;
  const onlyVersions = ids === "all" ? Prisma.empty : Prisma.sql`WHERE v."interfaceId" = ANY(${ids}::text[])`;
  const [ends, contracts] = await Promise.all([
    tx.$queryRaw<Facts[]>`SELECT ${END_COLUMNS} FROM "System" s ${endIds}`,
    tx.$queryRaw<{ interfaceId: string; number: number; ruleCounts: ContractFacts["ruleCounts"] }[]>`
      SELECT DISTINCT ON (v."interfaceId") v."interfaceId", v."number", v."ruleCounts"
        FROM "ContractVersion" v ${onlyVersions} ORDER BY v."interfaceId", v."number" DESC`,
  ]);
  const endById = new Map(ends.map((e) => [e.id, e]));
  const contractById = new Map(contracts.map((c) => [c.interfaceId, { number: c.number, ruleCounts: c.ruleCounts }]));
  for (const { providerSystemId, consumerSystemId, ...record } of rows) {
    const contract = contractById.get(record.id);
    out.set(record.id, {
      record: { ...record, hasContract: contract !== undefined } as Facts,
      ends: { provider: endById.get(providerSystemId)!, consumer: endById.get(consumerSystemId)! },
      contract,
      waivers: new Map(),
      attestations: new Map(),
    });
  }
  return out;
}

/** Everything the evaluator needs about these records: fields, ends, newest contract, waivers, attestations. */
export async function readComplianceFacts({ tx, subjectType, ids }: ReadComplianceFactsOptions): Promise<Map<string, SubjectFacts>> {
  const facts = await readRecords(tx, subjectType, ids);
  const only = ids === "all" ? Prisma.empty : Prisma.sql`AND "subjectId" = ANY(${ids}::text[])`;
  const waivers = await tx.$queryRaw<{ id: string; standardId: string; subjectId: string; expiresAt: Date }[]>`
    SELECT "id", "standardId", "subjectId", "expiresAt" FROM "Waiver"
     WHERE "status" = 'APPROVED' AND "subjectType" = ${subjectType}::"SubjectType" AND "expiresAt" > now() ${only}`;
  for (const w of waivers) facts.get(w.subjectId)?.waivers.set(w.standardId, { id: w.id, expiresAt: w.expiresAt.getTime() });
  const attestations = await tx.$queryRaw<{ standardId: string; subjectId: string; attestedAt: Date }[]>`
    SELECT "standardId", "subjectId", max("attestedAt") AS "attestedAt" FROM "Attestation"
     WHERE "subjectType" = ${subjectType}::"SubjectType" ${only}
     GROUP BY "standardId", "subjectId"`;
  for (const a of attestations) facts.get(a.subjectId)?.attestations.set(a.standardId, a.attestedAt.getTime());
  return facts;
}
