// Types for lint-document.mjs (plain JavaScript, loaded by the worker thread as it is).
import type { ContractFinding } from "@/lib/contracts/types";

export function looksLikeJson(text: string): boolean;
export function lintDocument(input: { text: string; options: object }): Promise<ContractFinding[]>;
