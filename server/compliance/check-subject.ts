import "server-only";
import type { Tx } from "@/server/db";
import type { TSubjectType } from "@/lib/schemas/enums";
import { AppError } from "@/server/http/app-error";

export type CheckSubjectOptions = { tx: Tx; standardId: string; subjectType: TSubjectType; subjectId: string; attestation?: boolean };

/**
 * A waiver or an attestation must name an existing standard and record of the type the standard
 * applies to; an attestation, a standard whose check is an attestation. 422 with the field otherwise.
 */
export async function checkSubject({ tx, standardId, subjectType, subjectId, attestation }: CheckSubjectOptions) {
  const standard = await tx.standard.findUnique({ where: { id: standardId }, select: { id: true, appliesTo: true, checkKind: true, active: true } });
  if (!standard) throw AppError.validation([{ path: "standardId", message: { key: "unknownStandard" } }]);
  if (standard.appliesTo !== subjectType) {
    throw AppError.validation([{ path: "subjectType", message: { key: standard.appliesTo === "SYSTEM" ? "appliesToSystems" : "appliesToInterfaces" } }]);
  }
  if (attestation && standard.checkKind !== "ATTESTATION") {
    throw AppError.validation([{ path: "standardId", message: { key: "notAnAttestationStandard" } }]);
  }
  const exists = subjectType === "SYSTEM"
    ? await tx.system.count({ where: { id: subjectId } })
    : await tx.interface.count({ where: { id: subjectId } });
  if (!exists) throw AppError.validation([{ path: "subjectId", message: { key: subjectType === "SYSTEM" ? "unknownSystem" : "unknownInterface" } }]);
  return standard;
}
