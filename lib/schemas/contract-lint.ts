// Which Junction rules a contract lint applies, as an integration standard configures them. Each
// rule that is present is on, with its severity; Spectral's own recommended OpenAPI/AsyncAPI rules
// come on top unless `spectral` is false.
import { z } from "zod";
import { FINDING_SEVERITIES } from "@/lib/contracts/types";
import { textInput } from "./text";

const ZSeverity = z.enum(FINDING_SEVERITIES);
const ZRule = z.strictObject({ severity: ZSeverity });

export const ZContractLintOptions = z
  .strictObject({
    spectral: z.boolean().default(true).describe("Spectral's recommended OpenAPI and AsyncAPI rules"),
    kebabCasePaths: ZRule.optional().describe("Every literal path segment is kebab-case"),
    pluralResources: ZRule.optional().describe("A segment followed by a path parameter is a plural noun: /pets/{id}"),
    errorSchema: z
      .strictObject({
        severity: ZSeverity,
        ref: textInput()
          .trim()
          .min(1)
          .max(300)
          .describe('The shared error schema: a $ref ("#/components/schemas/Problem") or a schema name ("Problem")'),
      })
      .optional()
      .describe("Every 4xx/5xx response uses the shared error schema"),
    securityScheme: ZRule.optional().describe("The document declares a security scheme"),
    httpsServers: ZRule.optional().describe("Servers are reached over HTTPS (brokers: over TLS)"),
    operationIds: ZRule.optional().describe("Every operation has an operationId"),
  })
  .meta({ id: "ContractLintOptions" });
export type TContractLintOptions = z.input<typeof ZContractLintOptions>;

/** The rule name each option adds to findings. */
export const JUNCTION_RULE_NAMES = {
  kebabCasePaths: "junction-kebab-case-paths",
  pluralResources: "junction-plural-resources",
  errorSchema: "junction-error-schema",
  securityScheme: "junction-security-scheme",
  httpsServers: "junction-https-servers",
  operationIds: "junction-operation-id",
} as const satisfies Record<Exclude<keyof z.output<typeof ZContractLintOptions>, "spectral">, string>;
