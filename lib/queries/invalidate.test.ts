import { QueryClient, type QueryKey } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { auditKeys } from "./audit";
import { complianceKeys, waiverKeys } from "./compliance";
import { dashboardKeys } from "./dashboard";
import { impactKeys } from "./impact";
import { importKeys } from "./import";
import { invalidateCatalog, invalidateImport, invalidateInitiatives, invalidatePeople, invalidateStandards, invalidateTokens } from "./invalidate";
import { initiativeKeys } from "./initiatives";
import { interfaceKeys } from "./interfaces";
import { ownershipKeys } from "./ownership";
import { peopleKeys } from "./people";
import { standardKeys } from "./standards";
import { systemKeys } from "./systems";
import { teamKeys } from "./teams";
import { tokenKeys } from "./tokens";
import { topologyKeys } from "./topology";

// One query of each kind the browser holds, filled in a real QueryClient; each test asks which
// of them a write marks stale.
const queries: Record<string, QueryKey> = {
  systemList: systemKeys.list({ page: 1 }),
  systemDetail: systemKeys.detail("pay"),
  systemPicker: systemKeys.picker("pa", ["BROKER"]),
  interfaceDetail: interfaceKeys.detail("i1"),
  teamPicker: teamKeys.picker("te"),
  auditList: auditKeys.list({ page: 1, pageSize: 20 }),
  history: auditKeys.entity("SYSTEM", "s1"),
  impactReach: impactKeys.reach({ type: "system", id: "s1" }, "downstream"),
  map: topologyKeys.map({ lanes: "layer" }),
  savedView: topologyKeys.view("v1"),
  gaps: ownershipKeys.gaps({ rule: "missing" }),
  dashboard: dashboardKeys.figures(null),
  people: peopleKeys.list({ sort: "name", page: 1, pageSize: 20 }),
  userPicker: peopleKeys.picker("ad"),
  me: peopleKeys.me(),
  tokens: tokenKeys.list(),
  standards: standardKeys.list({ sort: "key" }),
  standard: standardKeys.detail("s1"),
  matrix: complianceKeys.matrix({ subject: "INTERFACE" }),
  summary: complianceKeys.summary("SYSTEM"),
  recordResults: complianceKeys.record("SYSTEM", "s1"),
  trend: complianceKeys.trend({ subject: "SYSTEM" }),
  levels: complianceKeys.levels("INTERFACE"),
  initiatives: initiativeKeys.list({ sort: "deadline" }),
  initiative: initiativeKeys.detail("i1"),
  waivers: waiverKeys.list({ status: "PENDING" }),
  importBatches: importKeys.batches(1),
  importBatch: importKeys.batch("b1"),
};

function staleAfter(write: (qc: QueryClient) => void): string[] {
  const qc = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  for (const key of Object.values(queries)) qc.setQueryData(key, { filled: true });
  write(qc);
  return Object.entries(queries).filter(([, key]) => qc.getQueryState(key)?.isInvalidated).map(([name]) => name).sort();
}

describe("invalidation through lib/queries", () => {
  it("a catalog write reaches every catalog-derived view (compliance results too), not saved views, the standards, people or tokens", () => {
    expect(staleAfter((qc) => invalidateCatalog(qc))).toEqual(
      ["auditList", "dashboard", "gaps", "history", "impactReach", "initiative", "initiatives", "interfaceDetail", "levels", "map", "matrix", "recordResults", "summary", "systemDetail", "systemList", "systemPicker", "teamPicker", "trend", "waivers"],
    );
  });

  it("a change to a person reaches the people views, the owner picker and the audit log", () => {
    expect(staleAfter(invalidatePeople)).toEqual(["auditList", "history", "people", "userPicker"]);
  });

  it("a standard, waiver or attestation write reaches the standards, every result, initiatives and the audit log, not the records", () => {
    expect(staleAfter(invalidateStandards)).toEqual(
      ["auditList", "history", "initiative", "initiatives", "levels", "matrix", "recordResults", "standard", "standards", "summary", "trend", "waivers"],
    );
  });

  it("an initiative write reaches the initiatives and the audit log only", () => {
    expect(staleAfter((qc) => invalidateInitiatives(qc))).toEqual(["auditList", "history", "initiative", "initiatives"]);
  });

  it("a token change reaches the token list and the audit log", () => {
    expect(staleAfter(invalidateTokens)).toEqual(["auditList", "history", "tokens"]);
  });

  it("an import reaches everything a catalog write does, the people views and the import history, not tokens or standards", () => {
    expect(staleAfter(invalidateImport)).toEqual(
      ["auditList", "dashboard", "gaps", "history", "impactReach", "importBatch", "importBatches", "initiative", "initiatives", "interfaceDetail", "levels", "map", "matrix", "people", "recordResults", "summary", "systemDetail", "systemList", "systemPicker", "teamPicker", "trend", "userPicker", "waivers"],
    );
  });
});
