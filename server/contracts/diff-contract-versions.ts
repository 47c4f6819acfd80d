import "server-only";
import { db } from "@/server/db";
import type { ContractSummary } from "@/lib/contracts/types";
import type { TContractDiff } from "@/lib/schemas/contract";
import { AppError } from "@/server/http/app-error";
import { contractVersionSelect, toContractVersion } from "./contract-version-select";
import { diffContracts } from "./diff-contracts";
import { findInterfaceId } from "./find-interface-id";
import { parseContractOffThread } from "./parse-contract-off-thread";

export type DiffContractVersionsOptions = { interfaceIdOrKey: string; from: number; to: number };

type Other = TContractDiff["other"][number];

/** Operations ("GET /pets") or channels, as keys for what was added. */
const itemsOf = (summary: ContractSummary) =>
  "operations" in summary ? summary.operations.map((o) => `${o.method} ${o.path}`) : summary.channels.map((c) => c.name);

function otherChanges(before: { summary: ContractSummary; title: string; specVersion: string }, after: typeof before): Other[] {
  const had = new Set(itemsOf(before.summary));
  const kind = "operations" in after.summary ? "operation-added" : "channel-added";
  const added: Other[] = itemsOf(after.summary).filter((item) => !had.has(item)).map((location) => ({ kind, location }));
  const own: Other[] = [];
  if (before.title !== after.title) own.push({ kind: "title-changed", location: "info.title", before: before.title, after: after.title });
  if (before.specVersion !== after.specVersion) own.push({ kind: "spec-version-changed", location: "document", before: before.specVersion, after: after.specVersion });
  return [...own, ...added];
}

/**
 * What changed from one version to another: the breaking changes (the engine's diff), and what
 * breaks nobody (operations or channels added, a new title or spec version). Either order of
 * versions is allowed: "from" is the one a client relies on.
 */
export async function diffContractVersions({ interfaceIdOrKey, from, to }: DiffContractVersionsOptions): Promise<TContractDiff> {
  const interfaceId = await findInterfaceId({ idOrKey: interfaceIdOrKey });
  const rows = await db().contractVersion.findMany({
    where: { interfaceId, number: { in: [from, to] } },
    select: { ...contractVersionSelect, text: true, summary: true },
  });
  const [a, b] = [from, to].map((n) => rows.find((r) => r.number === n));
  if (!a || !b) {
    const missing = [!a && "from", !b && "to"].filter((x): x is string => Boolean(x));
    throw new AppError("NOT_FOUND", { key: "notFound", params: { entity: "contractVersion" } }, missing.map((path) => ({ path, message: { key: "noSuchVersion" } })));
  }
  const summary = (r: typeof a) => ({ summary: r.summary as ContractSummary, title: r.title, specVersion: r.specVersion });
  const strip = ({ text: _t, summary: _s, ...meta }: typeof a) => toContractVersion(meta);
  if (a.format !== b.format) {
    // An OpenAPI document replaced by an AsyncAPI one (or back): nothing of the old one remains.
    const kind = a.format === "OPENAPI" ? "operation-removed" : "channel-removed";
    return { from: strip(a), to: strip(b), breaking: itemsOf(summary(a).summary).map((location) => ({ kind, location })), other: [] };
  }
  // Stored texts read again (they parsed when attached); large YAML in the lint worker.
  const [before, after] = await Promise.all([parseContractOffThread({ text: a.text }), parseContractOffThread({ text: b.text })]);
  const breaking = diffContracts({ before: before.document, after: after.document });
  return { from: strip(a), to: strip(b), breaking, other: otherChanges(summary(a), summary(b)) };
}
