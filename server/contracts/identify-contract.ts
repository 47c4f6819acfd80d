// What a contract is, from its data: OpenAPI 3.0/3.1 (Swagger 2.0 accepted) or AsyncAPI 2.x/3.x,
// its version, title and operations or channels; a 422 naming the line for anything else. Shared
// by parseContract (on the calling thread) and parseContractOffThread (data read in the worker).
import "server-only";
import type { ContractFormat, ParsedContract } from "@/lib/contracts/types";
import { AppError } from "@/server/http/app-error";
import { asObject } from "./json-tools";
import { positionOf } from "./read-contract-text";
import { summarizeContract } from "./summarize-contract";

export type IdentifyContractOptions = {
  /** The text as uploaded: for the line of an unsupported version. */
  text: string;
  /** Its data, checked by checkContractData. */
  document: Record<string, unknown>;
};

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

export function identifyContract({ text, document }: IdentifyContractOptions): ParsedContract {
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
