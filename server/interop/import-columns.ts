// The columns an import reads, compares, writes and audits, per table: one list, so the loader's
// SELECT, the bulk INSERT/UPDATE and the audit snapshots cannot drift apart. Not server-only: the
// planner (pure, unit-tested) uses it too.

/** A row as loaded (raw SQL: enums as strings, dates as Date). */
export type Row = Record<string, unknown> & { id: string; version: number };

export const COLUMNS = {
  User: ["email", "name", "role", "active", "sourceRef"],
  Team: ["key", "name", "description", "contactEmail", "chatChannel", "onCall", "onCallUserId", "parentId", "sourceRef"],
  System: [
    "key", "name", "description", "kind", "layer", "tier", "lifecycle", "vendor", "isThirdParty", "teamId", "technicalOwnerId",
    "businessOwnerId", "tags", "domain", "grouping", "docsUrl", "repoUrl", "runbookUrl", "monitoringUrl", "sourceRef",
  ],
  Interface: [
    "key", "name", "description", "style", "mode", "providerSystemId", "consumerSystemId", "viaSystemId", "endpoint", "dataObjects",
    "authMethod", "contractFormat", "contractUrl", "tier", "lifecycle", "teamId", "technicalOwnerId", "sourceRef",
  ],
} as const;

export type Table = keyof typeof COLUMNS;

/** What a created row gets for the fields its record leaves out (the database's own defaults). */
export const CREATE_DEFAULTS: Record<Table, Record<string, unknown>> = {
  User: { role: "VIEWER", active: true, sourceRef: null },
  Team: { description: "", contactEmail: null, chatChannel: null, onCall: null, onCallUserId: null, parentId: null, sourceRef: null },
  System: {
    description: "", tier: 2, lifecycle: "ACTIVE", vendor: null, isThirdParty: false, teamId: null, technicalOwnerId: null,
    businessOwnerId: null, tags: [], domain: null, grouping: null, docsUrl: null, repoUrl: null, runbookUrl: null, monitoringUrl: null,
    sourceRef: null,
  },
  Interface: {
    description: "", viaSystemId: null, endpoint: null, dataObjects: [], authMethod: "NONE", contractFormat: "NONE", contractUrl: null,
    tier: 2, lifecycle: "ACTIVE", teamId: null, technicalOwnerId: null, sourceRef: null,
  },
};

/** Values compared as the database stores them: arrays by content, undefined as null. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return (a ?? null) === (b ?? null);
}

// Columns that hold a reference, by the record field that names it (by key or email).
const FIELD_OF: Record<string, string> = {
  teamId: "team", technicalOwnerId: "technicalOwner", businessOwnerId: "businessOwner", providerSystemId: "provider",
  consumerSystemId: "consumer", viaSystemId: "via", parentId: "parent", onCallUserId: "onCallPerson",
};

/** The record's name for a column: problems and diffs speak the records' language. */
export const fieldOf = (column: string) => FIELD_OF[column] ?? column;
export const isReference = (column: string) => column in FIELD_OF;
