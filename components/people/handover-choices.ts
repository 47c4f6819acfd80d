// The hand-over dialog's state, kept apart from its markup: one choice per ownership, the request
// it becomes, the summary line, and the API's field errors mapped back to rows.
import type { THandover, TOwnershipTeam, TUserOwnership } from "@/lib/schemas/user";
import type { TUserRef } from "@/components/catalog/types";

export type Choice = { kind: "gap" } | { kind: "lead"; userId: string } | { kind: "person"; user: TUserRef | null };
export type Choices = Record<string, Choice>;

export type Teams = ReadonlyMap<string, TOwnershipTeam>;

export const rowKey = (o: TUserOwnership) => `${o.entityType}:${o.id}:${o.role}`;

export const teamsById = (teams: TOwnershipTeam[]): Teams => new Map(teams.map((t) => [t.id, t]));

/** The record team's active leads who could take over: never the person being deactivated. */
export const leadsFor = (o: TUserOwnership, personId: string, teams: Teams) =>
  ((o.teamId && teams.get(o.teamId)?.activeLeads) || []).filter((l) => l.id !== personId);

/** The team lead where there is one (the usual hand-over), otherwise a gap until the admin chooses. */
export function initialChoices(items: TUserOwnership[], personId: string, teams: Teams): Choices {
  return Object.fromEntries(items.map((o) => {
    const lead = leadsFor(o, personId, teams)[0];
    return [rowKey(o), lead ? { kind: "lead", userId: lead.id } : { kind: "gap" }];
  }));
}

/** "Set all to team lead": rows whose team has a lead get the first one; the others keep their choice. */
export function allToLead(items: TUserOwnership[], personId: string, teams: Teams, choices: Choices): Choices {
  return Object.fromEntries(items.map((o) => {
    const lead = leadsFor(o, personId, teams)[0];
    return [rowKey(o), lead ? { kind: "lead", userId: lead.id } : choices[rowKey(o)]];
  }));
}

export const allToPerson = (items: TUserOwnership[], user: TUserRef): Choices =>
  Object.fromEntries(items.map((o) => [rowKey(o), { kind: "person", user }]));

const target = (c: Choice | undefined): string | null | undefined =>
  !c || c.kind === "gap" ? null : c.kind === "lead" ? c.userId : c.user?.id;

export function summarize(items: TUserOwnership[], choices: Choices) {
  let handed = 0, gaps = 0, unchosen = 0;
  for (const o of items) {
    const to = target(choices[rowKey(o)]);
    if (to === undefined) unchosen += 1;
    else if (to === null) gaps += 1;
    else handed += 1;
  }
  return { handed, gaps, unchosen };
}

export type RowProblem = "choosePerson" | "notThemselves";

/** What must be fixed before sending: a "hand over to…" row without a person, or the person themselves. */
export function rowProblems(items: TUserOwnership[], choices: Choices, personId: string): Record<string, RowProblem> {
  const problems: Record<string, RowProblem> = {};
  for (const o of items) {
    const to = target(choices[rowKey(o)]);
    if (to === undefined) problems[rowKey(o)] = "choosePerson";
    else if (to === personId) problems[rowKey(o)] = "notThemselves";
  }
  return problems;
}

/**
 * The request's hand-overs, and which row each one came from (the API reports errors at
 * handovers.N). Gaps are not sent: an ownership not listed is left as a gap anyway, and that way a
 * record that changed hands meanwhile cannot fail a request that did not mean to touch it.
 */
export function toHandovers(items: TUserOwnership[], choices: Choices) {
  const handovers: THandover[] = [];
  const rows: string[] = [];
  for (const o of items) {
    const to = target(choices[rowKey(o)]);
    if (!to) continue;
    handovers.push({ entityType: o.entityType, entityId: o.id, role: o.role, toUserId: to });
    rows.push(rowKey(o));
  }
  return { handovers, rows };
}

/** API field errors (handovers.N.entityId / .toUserId) by row key. */
export function errorsByRow(errors: { path: string; message: string }[], rows: string[]) {
  const byRow: Record<string, { field: "entityId" | "toUserId"; message: string }> = {};
  for (const e of errors) {
    const match = /^handovers\.(\d+)\.(entityId|toUserId)$/.exec(e.path);
    const row = match && rows[Number(match[1])];
    if (row) byRow[row] = { field: match[2] as "entityId" | "toUserId", message: e.message };
  }
  return byRow;
}
