// What the planner knows while it walks the records: every team, person and system by key (or
// email), whether it exists or is being imported, and whether it is usable (a record that failed
// makes what depends on it fail too, in accept-valid mode). Pure.
import type { ExistingState } from "./load-existing";
import type { Row } from "./import-columns";
import type { PlanItem } from "./plan-item";

export type Ref = { id: string; ok: boolean; active: boolean };
type Kind = "team" | "person" | "system";

export class PlanContext {
  readonly refs: Record<Kind, Map<string, Ref>> = { team: new Map(), person: new Map(), system: new Map() };
  /** id → key or email, for diffs that name references the way the records do. */
  readonly labels = new Map<string, string>();

  constructor(readonly existing: ExistingState, readonly newId: () => string) {
    for (const u of existing.users) this.register("person", String(u.email).toLowerCase(), { id: u.id, ok: true, active: u.active !== false });
    for (const t of existing.teams) this.register("team", String(t.key), { id: t.id, ok: true, active: true });
    for (const s of existing.systems) this.register("system", String(s.key), { id: s.id, ok: true, active: true });
  }

  register(kind: Kind, key: string, ref: Ref): void {
    this.refs[kind].set(key, ref);
    this.labels.set(ref.id, key);
  }

  /** Which item of this import answers for a key: the first one given, not a later duplicate. */
  private owners = new Map<string, string>();

  /** An item's outcome decides whether what refers to it may go ahead. */
  settle(kind: Kind, item: PlanItem, ok: boolean): void {
    const key = kind === "person" ? item.key.toLowerCase() : item.key;
    const owner = this.owners.get(`${kind}:${key}`);
    if (owner !== undefined && owner !== item.after.id) return;
    this.owners.set(`${kind}:${key}`, item.after.id);
    this.register(kind, key, { id: item.after.id, ok, active: item.after.active !== false });
  }

  /**
   * The id a reference names (null and undefined pass through), or undefined with a problem added:
   * unknown, failed in this import, or (owners and members, `needActive`) a person who is not
   * active — unless that person is already there (`current`: the stored id). As with an edit in
   * the UI, a deactivated owner stays until someone changes it, so an exported file re-imports
   * unchanged; only giving records to someone deactivated is refused.
   */
  resolve(
    kind: Kind, problems: PlanItem["problems"], field: string, key: string | null | undefined, needActive = false,
    current?: unknown | ReadonlySet<string>,
  ): string | null | undefined {
    if (key === undefined || key === null) return key;
    const ref = this.refs[kind].get(kind === "person" ? key.toLowerCase() : key);
    if (!ref) problems.push({ field, message: `unknown ${kind} "${key}"` });
    else if (!ref.ok) problems.push({ field, message: `${kind} "${key}" is invalid in this import` });
    else if (needActive && !ref.active && !(current instanceof Set ? current.has(ref.id) : ref.id === current)) problems.push({ field, message: `${kind} "${key}" is deactivated and cannot own records` });
    else return ref.id;
    return undefined;
  }
}

export type MatchOptions = { rows: Row[]; keyColumn: "key" | "email" };

/**
 * Finds a record's row: by sourceRef first (a renamed record is still itself), then by key or
 * email. Remembers what it handed out, so two records claiming one row, or one key given twice,
 * are problems rather than a silent last-one-wins.
 */
export class Matcher {
  private byRef = new Map<string, Row>();
  private byKey = new Map<string, Row>();
  private claimed = new Set<string>();
  private seen = new Set<string>();

  constructor(private o: MatchOptions) {
    for (const r of o.rows) {
      if (r.sourceRef) this.byRef.set(String(r.sourceRef), r);
      this.byKey.set(this.norm(String(r[o.keyColumn])), r);
    }
  }

  private norm(key: string) {
    return this.o.keyColumn === "email" ? key.toLowerCase() : key;
  }

  match(key: string, sourceRef: string | undefined, problems: PlanItem["problems"]): Row | null {
    const k = this.norm(key);
    if (this.seen.has(`k:${k}`) || (sourceRef && this.seen.has(`r:${sourceRef}`))) {
      problems.push({ field: this.o.keyColumn, message: `"${key}" appears more than once in this import` });
      return null;
    }
    this.seen.add(`k:${k}`);
    if (sourceRef) this.seen.add(`r:${sourceRef}`);
    const byRef = sourceRef ? this.byRef.get(sourceRef) : undefined;
    const byKey = this.byKey.get(k);
    const row = byRef ?? byKey ?? null;
    if (byRef && byKey && byKey.id !== byRef.id) {
      problems.push({ field: this.o.keyColumn, message: `"${key}" is already used by another record (from ${byKey.sourceRef ?? "Junction"})` });
    } else if (!byRef && byKey && sourceRef && byKey.sourceRef && byKey.sourceRef !== sourceRef) {
      problems.push({ field: "sourceRef", message: `"${key}" already comes from ${String(byKey.sourceRef)}` });
    }
    if (row && this.claimed.has(row.id)) problems.push({ field: this.o.keyColumn, message: `another record of this import already matches "${key}"` });
    if (row) this.claimed.add(row.id);
    return row;
  }

  isClaimed(id: string): boolean {
    return this.claimed.has(id);
  }
}
