// The breaking changes from one version of a contract to the next. Additions and loosenings
// (a new optional property, a parameter no longer required) are not reported.
import "server-only";
import type { BreakingChange } from "@/lib/contracts/types";
import { diffAsyncApi } from "./diff-asyncapi";
import { diffOpenApi } from "./diff-openapi";

export type DiffContractsOptions = {
  /** ParsedContract.document of each version. */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

export function diffContracts({ before, after }: DiffContractsOptions): BreakingChange[] {
  const changes = before.asyncapi !== undefined ? diffAsyncApi({ before, after }) : diffOpenApi({ before, after });
  // The same change reached through two media types of one body is one change.
  const seen = new Set<string>();
  return changes.filter((c) => {
    const key = JSON.stringify([c.kind, c.location, c.before, c.after]);
    return !seen.has(key) && seen.add(key);
  });
}
