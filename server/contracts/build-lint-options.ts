import "server-only";
import type { TContractLintOptions } from "@/lib/schemas/contract-lint";
import type { TContractSettings } from "@/lib/schemas/contract";

/**
 * The lint every attached version gets: Spectral's recommended rules and every Junction rule, so
 * any standard can read its rule from the stored findings. Style rules are warnings; a document
 * that names no security scheme or serves over plain HTTP is an error (a security defect, not a
 * matter of taste). The standards decide what fails (failOn), not these severities alone.
 */
export function buildLintOptions({ errorSchemaRef }: TContractSettings): TContractLintOptions {
  return {
    spectral: true,
    kebabCasePaths: { severity: "warn" },
    pluralResources: { severity: "warn" },
    errorSchema: { severity: "warn", ref: errorSchemaRef },
    securityScheme: { severity: "error" },
    httpsServers: { severity: "error" },
    operationIds: { severity: "warn" },
  };
}
