import type { QueryClient } from "@tanstack/react-query";
import { auditKeys } from "@/components/audit/query-keys";
import { interfaceKeys } from "@/components/interfaces/query-keys";
import { teamKeys } from "@/components/teams/query-keys";
import { systemKeys } from "@/components/systems/query-keys";

/**
 * After any catalog write. The three areas embed each other (a system shows its interfaces, a
 * team counts what it owns, an interface names its systems), and every write adds a history entry.
 * `refetchType: "none"` marks them stale without refetching a record that may just have been deleted.
 */
export function invalidateCatalog(qc: QueryClient, refetch: "active" | "none" = "active") {
  for (const queryKey of [systemKeys.all, interfaceKeys.all, teamKeys.all, auditKeys.all]) {
    void qc.invalidateQueries({ queryKey, refetchType: refetch });
  }
}
