import type { QueryClient } from "@tanstack/react-query";
import { auditKeys } from "@/components/audit/query-keys";
import { interfaceKeys } from "@/components/interfaces/query-keys";
import { teamKeys } from "@/components/teams/query-keys";
import { systemKeys } from "@/components/systems/query-keys";
import { impactKeys } from "@/components/topology/impact/impact-queries";
import { topologyKeys } from "@/components/topology/query-keys";
import { ownershipKeys } from "@/components/ownership/query-keys";
import { dashboardKeys } from "@/components/dashboard/query-keys";

/**
 * After any catalog write. The three areas embed each other (a system shows its interfaces, a
 * team counts what it owns, an interface names its systems), every write adds a history entry,
 * and the map, impact analyses, ownership findings and dashboard are drawn from all of them.
 * `refetchType: "none"` marks them stale without refetching a record that may just have been deleted.
 */
export function invalidateCatalog(qc: QueryClient, refetch: "active" | "none" = "active") {
  for (const queryKey of [systemKeys.all, interfaceKeys.all, teamKeys.all, auditKeys.all, impactKeys.all, topologyKeys.maps(), ownershipKeys.all, dashboardKeys.all]) {
    void qc.invalidateQueries({ queryKey, refetchType: refetch });
  }
}
