import { QueryClient, type QueryKey } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { auditKeys } from "./audit";
import { dashboardKeys } from "./dashboard";
import { impactKeys } from "./impact";
import { invalidateCatalog, invalidatePeople, invalidateTokens } from "./invalidate";
import { interfaceKeys } from "./interfaces";
import { ownershipKeys } from "./ownership";
import { peopleKeys } from "./people";
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
};

function staleAfter(write: (qc: QueryClient) => void): string[] {
  const qc = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  for (const key of Object.values(queries)) qc.setQueryData(key, { filled: true });
  write(qc);
  return Object.entries(queries).filter(([, key]) => qc.getQueryState(key)?.isInvalidated).map(([name]) => name).sort();
}

describe("invalidation through lib/queries", () => {
  it("a catalog write reaches every catalog-derived view, not saved views, people or tokens", () => {
    expect(staleAfter((qc) => invalidateCatalog(qc))).toEqual(
      ["auditList", "dashboard", "gaps", "history", "impactReach", "interfaceDetail", "map", "systemDetail", "systemList", "systemPicker", "teamPicker"],
    );
  });

  it("a change to a person reaches the people views, the owner picker and the audit log", () => {
    expect(staleAfter(invalidatePeople)).toEqual(["auditList", "history", "people", "userPicker"]);
  });

  it("a token change reaches the token list and the audit log", () => {
    expect(staleAfter(invalidateTokens)).toEqual(["auditList", "history", "tokens"]);
  });
});
