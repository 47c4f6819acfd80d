// Reads an uploaded contract: OpenAPI 3.0/3.1 (Swagger 2.0 accepted) or AsyncAPI 2.x/3.0, YAML
// or JSON, at most 5 MB. Anything else is a 422 that says why and, where it can, on which line.
import "server-only";
import type { ContractFormat, ParsedContract } from "@/lib/contracts/types";
import { AppError } from "@/server/http/app-error";
import { assertContractSize } from "./assert-contract-size";
import { asObject } from "./json-tools";
import { positionOf, readContractText } from "./read-contract-text";
import { summarizeContract } from "./summarize-contract";

export type ParseContractOptions = { text: string };

// The versions Spectral's rulesets know; AsyncAPI 3.1 reads like 3.0.
const SUPPORTED: { key: string; format: ContractFormat; pattern: RegExp; names: string }[] = [
  { key: "openapi", format: "OPENAPI", pattern: /^3\.[01]\.\d+$/, names: "OpenAPI 3.0 or 3.1" },
  { key: "swagger", format: "OPENAPI", pattern: /^2\.0$/, names: "Swagger 2.0" },
  { key: "asyncapi", format: "ASYNCAPI", pattern: /^(2\.\d+\.\d+|3\.[01]\.\d+)$/, names: "AsyncAPI 2.x, 3.0 or 3.1" },
];

/** Where the version key is written, so an unsupported version is reported on its line. */
function lineOfKey(text: string, key: string) {
  const match = new RegExp(`^[ \\t]*["']?${key}["']?[ \\t]*:`, "m").exec(text);
  return match ? positionOf(text, match.index + match[0].indexOf(key[0])) : { line: 1, column: 1 };
}

export function parseContract({ text }: ParseContractOptions): ParsedContract {
  assertContractSize({ text });
  const document = readContractText(text);
  const present = SUPPORTED.find(({ key }) => document[key] !== undefined);
  if (!present) {
    throw AppError.validation(
      [{ path: "document", message: { key: "notAContract" }, line: 1, column: 1 }],
      { key: "contractUnusable" },
    );
  }
  // An unquoted `swagger: 2.0` is the number 2 in YAML.
  const raw = document[present.key];
  const specVersion = typeof raw === "number" && Number.isFinite(raw) ? raw.toFixed(1) : String(raw);
  if (!present.pattern.test(specVersion)) {
    throw AppError.validation(
      [{ path: "document", message: { key: "unsupportedSpecVersion", params: { key: present.key, version: String(specVersion), names: present.names } }, ...lineOfKey(text, present.key) }],
      { key: "contractUnusable" },
    );
  }
  const title = asObject(document.info)?.title;
  return {
    format: present.format,
    specVersion,
    title: typeof title === "string" && title.trim() !== "" ? title : null,
    document,
    summary: summarizeContract({ format: present.format, document }),
  };
}
