// Turns an audit entry's before/after snapshots into rows a person can read: which fields, from
// what, to what. Pure (no React, no i18n imports) so it is unit-tested and shared by every history view.

export type AuditDiffAction =
  | "CREATE" | "UPDATE" | "DELETE" | "DEACTIVATE" | "REACTIVATE" | "IMPORT" | "CONFIRM"
  | "SIGN_IN_SUCCEEDED" | "SIGN_IN_FAILED" | "SIGN_IN_LOCKED_OUT" | "APPROVE" | "DENY" | "REVOKE" | "ACKNOWLEDGE" | "RESOLVE";
export type AuditSnapshot = Record<string, unknown> | null | undefined;
export type FieldChange = { field: string; before: unknown; after: unknown };

/**
 * Bookkeeping that changes on every write (or is derived) and tells a reader nothing. A token's
 * `userId` is its owner, who is always the actor of the entry (only owners create and revoke).
 */
const HIDDEN_FIELDS = new Set(["id", "version", "createdAt", "updatedAt", "counts", "userId"]);

/**
 * Whether an entry is read as a whole record (every field) rather than as a change. Creates and
 * imports are; so is anything with only one snapshot (a deleted record). A delete that keeps the
 * row and records both sides (an API token's revocation) reads as the change it is.
 */
export const isWholeRecord = (action: AuditDiffAction, before: AuditSnapshot, after: AuditSnapshot) =>
  action === "CREATE" || action === "IMPORT" || !before || !after;

/** Identity and ownership first, as on the detail pages; anything else follows alphabetically. */
const FIELD_ORDER = [
  "key", "name", "email", "role", "active", "locale", "passwordChanged", "description",
  "kind", "style", "mode", "layer", "provider", "consumer", "via", "endpoint", "dataObjects",
  "tier", "lifecycle", "team", "technicalOwner", "businessOwner", "members",
  "authMethod", "contractFormat", "contractUrl",
  "deliveryGuarantee", "idempotent", "retryPolicy", "deadLetterQueue", "tlsInTransit",
  "sloAvailabilityPct", "sloLatencyP95Ms", "sloFreshnessMinutes",
  "vendor", "isThirdParty", "tags", "docsUrl", "repoUrl", "runbookUrl", "monitoringUrl", "contactEmail", "chatChannel", "onCall",
];

export const isEmptyValue = (v: unknown) =>
  v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

export function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  // null, "" and [] all read as "nothing": a form clearing a field one way or the other is no change.
  if (isEmptyValue(x) && isEmptyValue(y)) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => sameValue(a[k], b[k]));
}

/**
 * `teamId` is noise next to `team: {name}` (likewise `providerSystemId` next to `provider`): the
 * reference is shown once, by name. An id without such a sibling (a token's `userId`) stays.
 */
function isShadowedId(field: string, keys: Set<string>): boolean {
  if (!field.endsWith("Id")) return false;
  const base = field.slice(0, -2);
  return keys.has(base) || (base.endsWith("System") && keys.has(base.slice(0, -"System".length)));
}

function fieldRank(field: string): number {
  const i = FIELD_ORDER.indexOf(field);
  return i === -1 ? FIELD_ORDER.length : i;
}

/**
 * The rows to show for one audit entry. Changes list only the fields that changed; whole records
 * (see isWholeRecord) list every field, leaving out empty ones so the few that say something are
 * not buried under a column of dashes.
 */
export function diffSnapshots(action: AuditDiffAction, before: AuditSnapshot, after: AuditSnapshot): FieldChange[] {
  const b = before ?? {};
  const a = after ?? {};
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  const wholeRecord = isWholeRecord(action, before, after);
  return [...keys]
    .filter((k) => !HIDDEN_FIELDS.has(k) && !isShadowedId(k, keys))
    .filter((k) => (wholeRecord ? !(isEmptyValue(b[k]) && isEmptyValue(a[k])) : !sameValue(b[k], a[k])))
    .sort((x, y) => fieldRank(x) - fieldRank(y) || x.localeCompare(y))
    .map((field) => ({ field, before: b[field], after: a[field] }));
}

export type ValueLabels = {
  yes: string;
  no: string;
  /** Shown after a referenced person who was deactivated at the time. */
  inactive: string;
  /** The label of an enum value for a field (e.g. "kind", "tier", "members.role"), if it is one. */
  enumLabel: (field: string, value: string | number) => string | undefined;
  date: (iso: string) => string;
};

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function formatObject(field: string, o: Record<string, unknown>, labels: ValueLabels): string | null {
  // A membership: { user: {name…}, role }.
  if (o.user && typeof o.user === "object") {
    const who = formatObject(field, o.user as Record<string, unknown>, labels);
    const role = typeof o.role === "string" ? (labels.enumLabel(`${field}.role`, o.role) ?? o.role) : undefined;
    return role ? `${who} (${role})` : who;
  }
  // A reference to a system, team or person: shown by name.
  const name = [o.name, o.key, o.email].find((v) => typeof v === "string" && v !== "");
  if (typeof name === "string") return o.active === false ? `${name} (${labels.inactive})` : name;
  const parts = Object.entries(o)
    .map(([k, v]) => [k, formatAuditValue(`${field}.${k}`, v, labels)] as const)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`);
  return parts.length ? parts.join(", ") : null;
}

/** One value as text; null means "nothing" (the UI shows a dash). */
export function formatAuditValue(field: string, value: unknown, labels: ValueLabels): string | null {
  if (isEmptyValue(value)) return null;
  if (typeof value === "boolean") return value ? labels.yes : labels.no;
  if (typeof value === "number") return labels.enumLabel(field, value) ?? String(value);
  if (typeof value === "string") {
    if (ISO_DATETIME.test(value)) return labels.date(value);
    return labels.enumLabel(field, value) ?? value;
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => formatAuditValue(field, v, labels)).filter((v): v is string => v !== null);
    return items.length ? items.join(", ") : null;
  }
  if (typeof value === "object") return formatObject(field, value as Record<string, unknown>, labels);
  return String(value);
}
