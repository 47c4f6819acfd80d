import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TPage } from "@/lib/schemas/common";
import type { TAttestation, TAttestationListQuery } from "@/lib/schemas/waiver";
import { pageArgs } from "@/server/shared/list-args";
import { attestationSelect, toAttestations } from "./attestation-select";

export type ListAttestationsOptions = { query: TAttestationListQuery };

/** Newest first: the history of who vouched for what. */
export async function listAttestations({ query }: ListAttestationsOptions): Promise<TPage<TAttestation>> {
  const where: Prisma.AttestationWhereInput = {
    standardId: query.standardId,
    subjectType: query.subjectType,
    subjectId: query.subjectId,
    comment: query.q ? { contains: query.q, mode: "insensitive" } : undefined,
  };
  const [rows, total] = await Promise.all([
    db().attestation.findMany({ where, select: attestationSelect, orderBy: [{ attestedAt: "desc" }, { id: "asc" }], ...pageArgs(query) }),
    db().attestation.count({ where }),
  ]);
  return { items: await toAttestations(rows), total, page: query.page, pageSize: query.pageSize };
}
