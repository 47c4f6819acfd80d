// What `junction` exits with, for CI pipelines (documented in README, "The junction CLI").

export const EXIT = {
  /** Done; also "nothing to change". */
  OK: 0,
  /** Bad arguments, a file that cannot be read or parsed, an upload too large. */
  USAGE: 1,
  /** The input has problems: the server refused it (400/422) or reported problems for records. */
  PROBLEMS: 2,
  /** No token, a wrong one, or a role that may not do this (401/403). */
  AUTH: 3,
  /** The server could not be reached or failed (network error, 5xx, anything unexpected). */
  SERVER: 4,
  /** `--dry-run --exit-code` only: the run would change something (like `terraform plan -detailed-exitcode`). */
  CHANGES: 5,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the CLI explains in one message and ends with a given exit code. */
export class CliError extends Error {
  constructor(readonly code: ExitCode, message: string, readonly details: string[] = []) {
    super(message);
    this.name = "CliError";
  }
}

/** The exit code for an HTTP status the API answered with. */
export function exitForStatus(status: number): ExitCode {
  if (status === 401 || status === 403) return EXIT.AUTH;
  if (status === 413) return EXIT.USAGE;
  if (status === 400 || status === 415 || status === 422) return EXIT.PROBLEMS;
  return EXIT.SERVER;
}
