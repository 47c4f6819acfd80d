// People, then teams (parents, cycles, memberships): the first two stages of the planner. Pure.
import type { TImportPerson, TImportTeam } from "@/lib/schemas/interop";
import { Matcher, type PlanContext } from "./plan-context";
import { editable, given, isValid, startItem, type PlanItem } from "./plan-item";

export function planPeople(ctx: PlanContext, people: TImportPerson[]): PlanItem[] {
  const matcher = new Matcher({ rows: ctx.existing.users, keyColumn: "email" });
  return people.map((p) => {
    const problems: PlanItem["problems"] = [];
    const existing = matcher.match(p.email, p.sourceRef, problems);
    const values = given({ email: p.email.toLowerCase(), name: p.name, active: p.active, sourceRef: p.sourceRef });
    const item = startItem({ entity: "people", table: "User", key: p.email.toLowerCase(), origin: p.origin, existing, values, required: ["name"], newId: ctx.newId, problems });
    // Admins are changed in Users, where the rules for the last admin and hand-overs live.
    if (existing?.role === "ADMIN" && item.changed.includes("active")) item.problems.push({ field: "active", message: "an admin is activated or deactivated in Users, not by import" });
    ctx.settle("person", item, isValid(item));
    return item;
  });
}

type Member = { userId: string; role: string };
const sameMembers = (a: Member[], b: Member[]) => JSON.stringify(a) === JSON.stringify(b);
const byUser = (a: Member, b: Member) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0);

function planMembers(ctx: PlanContext, team: TImportTeam, item: PlanItem): void {
  if (!team.members) return;
  const members: Member[] = [];
  const current = new Set((item.existing ? ctx.existing.members.get(item.existing.id) ?? [] : []).map((m) => m.userId));
  team.members.forEach((m, i) => {
    // A deactivated member already in the team stays (as in the UI); adding one is refused.
    const userId = ctx.resolve("person", item.problems, `members.${i}.email`, m.email, true, current);
    if (!userId) return;
    if (members.some((x) => x.userId === userId)) item.problems.push({ field: `members.${i}.email`, message: `"${m.email}" is listed twice` });
    else members.push({ userId, role: m.role });
  });
  members.sort(byUser);
  const before = item.existing ? [...(ctx.existing.members.get(item.existing.id) ?? [])].sort(byUser) : [];
  if (item.existing && sameMembers(before, members)) return;
  const show = (list: Member[]) => list.map((m) => ({ email: ctx.labels.get(m.userId) ?? m.userId, role: m.role }));
  if (item.existing || members.length) item.extra.push({ field: "members", before: show(before), after: show(members) });
  item.members = members;
  item.membersBefore = before;
  // As a PATCH does: members replaced without the on-call person among them leaves no on-call.
  if (item.existing?.onCallUserId && !members.some((m) => m.userId === item.existing!.onCallUserId)) {
    editable(item).onCallUserId = null;
    item.changed.push("onCallUserId");
  }
}

export function planTeams(ctx: PlanContext, teams: TImportTeam[]): PlanItem[] {
  const matcher = new Matcher({ rows: ctx.existing.teams, keyColumn: "key" });
  const items = teams.map((t) => {
    const problems: PlanItem["problems"] = [];
    const existing = matcher.match(t.key, t.sourceRef, problems);
    const values = given({
      key: t.key, name: t.name, description: t.description, contactEmail: t.contactEmail, chatChannel: t.chatChannel, onCall: t.onCall,
      sourceRef: t.sourceRef,
    });
    const item = startItem({ entity: "teams", table: "Team", key: t.key, origin: t.origin, existing, values, required: ["name"], newId: ctx.newId, problems });
    planMembers(ctx, t, item);
    return item;
  });
  // Every team of the import is known before parents are resolved: a child may come before its parent.
  items.forEach((item) => ctx.settle("team", item, true));
  items.forEach((item, i) => {
    const parent = teams[i].parent;
    if (parent === undefined) return;
    const parentId = parent === null ? null : ctx.resolve("team", item.problems, "parent", parent);
    if (parentId === undefined) return;
    if (!sameParent(item, parentId)) item.changed.push("parentId");
    if (item.after.parentId !== parentId) editable(item).parentId = parentId;
  });
  refuseCycles(ctx, items);
  // A team whose parent failed fails too; repeat until nothing changes (chains of any length).
  const failed = () => new Set(items.filter((i) => !isValid(i)).map((i) => i.after.id));
  for (let bad = failed(), grew = true; grew; ) {
    grew = false;
    for (const item of items) {
      if (isValid(item) && item.after.parentId && bad.has(String(item.after.parentId))) {
        item.problems.push({ field: "parent", message: `team "${ctx.labels.get(String(item.after.parentId))}" is invalid in this import` });
        grew = true;
      }
    }
    bad = failed();
  }
  items.forEach((item) => ctx.settle("team", item, isValid(item)));
  return items;
}

const sameParent = (item: PlanItem, parentId: string | null) => !item.existing || (item.existing.parentId ?? null) === parentId;

/** A team cannot be its own ancestor, through any teams, imported or already there. */
function refuseCycles(ctx: PlanContext, items: PlanItem[]): void {
  const parentOf = new Map(ctx.existing.teams.map((t) => [t.id, (t.parentId as string | null) ?? null]));
  for (const item of items) parentOf.set(item.after.id, (item.after.parentId as string | null) ?? null);
  for (const item of items) {
    let at = parentOf.get(item.after.id) ?? null;
    for (let steps = 0; at && steps <= parentOf.size; steps++) {
      if (at === item.after.id) {
        item.problems.push({ field: "parent", message: "the parent chain leads back to this team" });
        break;
      }
      at = parentOf.get(at) ?? null;
    }
  }
}
