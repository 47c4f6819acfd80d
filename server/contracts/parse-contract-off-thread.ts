// parseContract for the request path: a large YAML document is read (js-yaml) in the worker
// thread, where the lint runs, instead of holding the event loop for the better part of a second
// per 5 MB (seconds under load; README, "Contracts"). What comes back is checked and identified
// here, as parseContract does, so both give the same answers and the same 422s.
import "server-only";
import type { ParsedContract } from "@/lib/contracts/types";
import { AppError } from "@/server/http/app-error";
import { assertContractSize } from "./assert-contract-size";
import { checkContractData } from "./check-contract-data";
import { identifyContract } from "./identify-contract";
import { readYamlInWorker } from "./lint-worker-client";
import { parseContract } from "./parse-contract";

/** Below this (and for JSON, which JSON.parse reads ~10× faster) the calling thread reads it: a worker round trip costs more. */
export const OFF_THREAD_ABOVE_BYTES = 256 * 1024;

export type ParseContractOffThreadOptions = { text: string };

export async function parseContractOffThread({ text }: ParseContractOffThreadOptions): Promise<ParsedContract> {
  assertContractSize({ text });
  if (text.length <= OFF_THREAD_ABOVE_BYTES || /^\s*[{[]/.test(text) || text.trim() === "") return parseContract({ text });
  const read = await readYamlInWorker(text);
  if ("yamlError" in read) {
    const { reason, line, column } = read.yamlError;
    throw AppError.validation([{ path: "document", message: { text: reason }, ...(line !== undefined && { line, column }) }], { key: "contractUnparsable" });
  }
  if ("tooDeep" in read) throw AppError.validation([{ path: "document", message: { key: "nestedTooDeeply" } }], { key: "contractUnparsable" });
  // Aliases that loop or explode, Infinity/NaN: rare, and refused here with parseContract's words.
  if ("fallback" in read) return parseContract({ text });
  return identifyContract({ text, document: checkContractData(JSON.parse(read.json)) });
}
