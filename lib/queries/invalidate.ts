// What a write makes stale, in one place: features call these after a mutation instead of
// listing other features' keys.
import type { QueryClient } from "@tanstack/react-query";
import { alertKeys } from "./alerts";
import { auditKeys } from "./audit";
import { complianceKeys, waiverKeys } from "./compliance";
import { contractKeys } from "./contracts";
import { dashboardKeys } from "./dashboard";
import { impactKeys } from "./impact";
import { initiativeKeys } from "./initiatives";
import { interfaceKeys } from "./interfaces";
import { ownershipKeys } from "./ownership";
import { peopleKeys } from "./people";
import { slaKeys } from "./sla";
import { healthReportKeys } from "./health-reports";
import { teamHealthKeys } from "./team-health";
import { standardKeys } from "./standards";
import { systemKeys } from "./systems";
import { teamKeys } from "./teams";
import { tokenKeys } from "./tokens";
import { ingestionKeys } from "./ingestion";
import { topologyKeys } from "./topology";
import { importKeys } from "./import";

/**
 * After any catalog write. The three areas embed each other (a system shows its interfaces, a
 * team counts what it owns, an interface names its systems), every write adds a history entry,
 * and the map, impact analyses, ownership findings, compliance results (waivers name their
 * record), initiatives' progress, the SLA report (objectives are interface fields) and dashboard
 * are drawn from all of them.
 * `refetchType: "none"` marks them stale without refetching a record that may just have been deleted.
 */
export function invalidateCatalog(qc: QueryClient, refetch: "active" | "none" = "active") {
  for (const queryKey of [systemKeys.all, interfaceKeys.all, teamKeys.all, auditKeys.all, impactKeys.all, topologyKeys.maps(), ownershipKeys.all, dashboardKeys.all, complianceKeys.all, waiverKeys.all, initiativeKeys.all, slaKeys.all, healthReportKeys.all, teamHealthKeys.all, alertKeys.all]) {
    void qc.invalidateQueries({ queryKey, refetchType: refetch });
  }
}

/** After a change to a person (or the signed-in user): every people view and the audit log. */
export function invalidatePeople(qc: QueryClient) {
  void qc.invalidateQueries({ queryKey: peopleKeys.all });
  void qc.invalidateQueries({ queryKey: auditKeys.all });
}

/** After a machine token or webhook source is created or revoked: the lists and the audit log. */
export function invalidateIngestion(qc: QueryClient) {
  void qc.invalidateQueries({ queryKey: ingestionKeys.all });
  void qc.invalidateQueries({ queryKey: auditKeys.all });
}

/** After a token is created or revoked: the list and the audit log. */
export function invalidateTokens(qc: QueryClient) {
  void qc.invalidateQueries({ queryKey: tokenKeys.all });
  void qc.invalidateQueries({ queryKey: auditKeys.all });
}

/**
 * After a write to a standard, a waiver or an attestation: each changes results, so the catalogue,
 * the matrix, the records' results, the waivers, initiatives' progress and the audit log. Records
 * themselves are untouched.
 */
export function invalidateStandards(qc: QueryClient) {
  for (const queryKey of [standardKeys.all, complianceKeys.all, waiverKeys.all, initiativeKeys.all, auditKeys.all]) void qc.invalidateQueries({ queryKey });
}

/**
 * After an initiative is created, changed or deleted: the initiatives and the audit log. `refetch:
 * "none"` after a delete, so the deleted one's page does not ask for it again on the way out.
 */
export function invalidateInitiatives(qc: QueryClient, refetch: "active" | "none" = "active") {
  for (const queryKey of [initiativeKeys.all, auditKeys.all]) void qc.invalidateQueries({ queryKey, refetchType: refetch });
}

/**
 * After a contract version is attached: the interface's versions, the interface itself (its
 * contract format), its results (contract checks read the findings) and the audit log.
 */
export function invalidateContracts(qc: QueryClient) {
  for (const queryKey of [contractKeys.all, interfaceKeys.all, complianceKeys.all, auditKeys.all, dashboardKeys.all]) void qc.invalidateQueries({ queryKey });
}

/** After an action on alerts or incidents (acknowledge, resolve, assign, silence): every alert view and the audit log. */
export function invalidateAlerts(qc: QueryClient) {
  void qc.invalidateQueries({ queryKey: alertKeys.all });
  void qc.invalidateQueries({ queryKey: auditKeys.all });
}

/**
 * After an import (issue 12): it may have written any record of the catalog and people (directory
 * entries), and it adds a batch to the history.
 */
export function invalidateImport(qc: QueryClient) {
  invalidateCatalog(qc);
  invalidatePeople(qc);
  void qc.invalidateQueries({ queryKey: importKeys.all });
}
