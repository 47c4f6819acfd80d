// Reads an uploaded contract: OpenAPI 3.0/3.1 (Swagger 2.0 accepted) or AsyncAPI 2.x/3.0, YAML
// or JSON, at most 5 MB. Anything else is a 422 that says why and, where it can, on which line.
import "server-only";
import type { ParsedContract } from "@/lib/contracts/types";
import { assertContractSize } from "./assert-contract-size";
import { identifyContract } from "./identify-contract";
import { readContractText } from "./read-contract-text";

export type ParseContractOptions = { text: string };

/** On the calling thread: large YAML documents go through parseContractOffThread instead. */
export function parseContract({ text }: ParseContractOptions): ParsedContract {
  assertContractSize({ text });
  return identifyContract({ text, document: readContractText(text) });
}
