// Lints a contract against Spectral's recommended rules and the Junction rules its standards turn
// on. The work happens in the lint worker, a child process (lint-worker-client.ts); this thread only waits.
import "server-only";
import type { ContractFinding } from "@/lib/contracts/types";
import { ZContractLintOptions, type TContractLintOptions } from "@/lib/schemas/contract-lint";
import { assertContractSize } from "./assert-contract-size";
import { lintInWorker } from "./lint-worker-client";

export type LintContractOptions = {
  /** The document as uploaded (YAML or JSON). Parse it with parseContract first for a 422 that names the line. */
  text: string;
  options: TContractLintOptions;
};

/** Findings sorted by line, then column; line and column are 1-based. */
export async function lintContract({ text, options }: LintContractOptions): Promise<ContractFinding[]> {
  assertContractSize({ text });
  return lintInWorker({ text, options: ZContractLintOptions.parse(options) });
}
