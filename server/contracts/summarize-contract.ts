// The operations (OpenAPI) or channels (AsyncAPI) of a contract, for lists and for search.
import "server-only";
import type { ContractChannel, ContractFormat, ContractOperation, ContractSummary } from "@/lib/contracts/types";
import { asObject, entriesOf, HTTP_METHODS, resolveLocal } from "./json-tools";

// Block scalars ("summary: |") keep their final line break.
const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

function openApiOperations(doc: Record<string, unknown>): ContractOperation[] {
  return entriesOf(doc.paths).flatMap(([path, raw]) => {
    const item = asObject(resolveLocal(doc, raw));
    return HTTP_METHODS.filter((m) => asObject(item?.[m])).map((method) => {
      const op = asObject(item?.[method])!;
      const operationId = text(op.operationId);
      const summary = text(op.summary);
      return { method: method.toUpperCase(), path, ...(operationId && { operationId }), ...(summary && { summary }) };
    });
  });
}

/** AsyncAPI 2: publish/subscribe under each channel. AsyncAPI 3: top-level operations naming their channel. */
function asyncApiChannels(doc: Record<string, unknown>, v3: boolean): ContractChannel[] {
  const describe = (action: string, id: string | undefined) => (id ? `${action} ${id}` : action);
  if (!v3) {
    return entriesOf(doc.channels).map(([name, raw]) => {
      const channel = asObject(resolveLocal(doc, raw));
      const ops = ["publish", "subscribe"].filter((a) => asObject(channel?.[a]));
      return { name, operations: ops.map((a) => describe(a, text(asObject(channel?.[a])?.operationId))) };
    });
  }
  const operations = entriesOf(doc.operations).map(([id, raw]) => ({ id, op: asObject(resolveLocal(doc, raw)) }));
  return entriesOf(doc.channels).map(([name, channel]) => ({
    name,
    operations: operations
      .filter(({ op }) => op?.channel !== undefined && resolveLocal(doc, op.channel) === channel)
      .map(({ id, op }) => describe(text(op?.action) ?? "operation", id)),
  }));
}

export function summarizeContract({ format, document }: { format: ContractFormat; document: Record<string, unknown> }): ContractSummary {
  if (format === "OPENAPI") return { operations: openApiOperations(document) };
  return { channels: asyncApiChannels(document, String(document.asyncapi).startsWith("3.")) };
}
