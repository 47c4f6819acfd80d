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

// The end fields a graph rule may read (lib/standards/fields.ts END_FIELDS).
const end = (alias: string) => Prisma.raw(`jsonb_build_object('id', ${alias}."id", 'key', ${alias}."key", 'kind', ${alias}."kind",
  'layer', ${alias}."layer", 'tier', ${alias}."tier", 'lifecycle', ${alias}."lifecycle", 'teamId', ${alias}."teamId",
  'isThirdParty', ${alias}."isThirdParty", 'vendor', ${alias}."vendor", 'tags', to_jsonb(${alias}."tags"))`);

const INTERFACE_COLUMNS = Prisma.sql`i."id", i."key", i."name", i."description", i."style"::text AS "style", i."mode"::text AS "mode",
  i."endpoint", i."dataObjects", i."authMethod"::text AS "authMethod", i."contractFormat"::text AS "contractFormat",
  i."contractUrl", i."tier", i."lifecycle"::text AS "lifecycle", i."teamId", i."technicalOwnerId", i."viaSystemId",
  i."deliveryGuarantee"::text AS "deliveryGuarantee", i."idempotent", i."retryPolicy", i."deadLetterQueue", i."tlsInTransit",
  ${end("p")} AS "provider", ${end("c")} AS "consumer", cv."number" AS "contractNumber", cv."ruleCounts"`;

type InterfaceRow = Facts & { provider: Facts; consumer: Facts; contractNumber: number | null; ruleCounts: ContractFacts["ruleCounts"] };

async function readRecords(tx: Tx, subjectType: TSubjectType, ids: string[] | "all"): Promise<Map<string, SubjectFacts>> {
  const byIds = (alias: string) => (ids === "all" ? Prisma.empty : Prisma.sql`WHERE ${Prisma.raw(alias)}."id" = ANY(${ids}::text[])`);
  const out = new Map<string, SubjectFacts>();
  if (subjectType === "SYSTEM") {
    const rows = await tx.$queryRaw<Facts[]>`SELECT ${SYSTEM_COLUMNS} FROM "System" s ${byIds("s")}`;
    for (const record of rows) out.set(record.id, { record, waivers: new Map(), attestations: new Map() });
    return out;
  }
  const rows = await tx.$queryRaw<InterfaceRow[]>`
    SELECT ${INTERFACE_COLUMNS}
      FROM "Interface" i
      JOIN "System" p ON p."id" = i."providerSystemId"
      JOIN "System" c ON c."id" = i."consumerSystemId"
      LEFT JOIN LATERAL (SELECT v."number", v."ruleCounts" FROM "ContractVersion" v
                          WHERE v."interfaceId" = i."id" ORDER BY v."number" DESC LIMIT 1) cv ON TRUE
      ${byIds("i")}`;
  for (const { provider, consumer, contractNumber, ruleCounts, ...record } of rows) {
    const contract = contractNumber === null ? undefined : { number: contractNumber, ruleCounts };
    out.set(record.id, {
      record: { ...record, hasContract: contract !== undefined } as Facts,
      ends: { provider, consumer },
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
