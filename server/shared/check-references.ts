import "server-only";
import type { Tx } from "@/server/db";
import { AppError, type FieldError } from "@/server/http/app-error";

type Ref = { path: string; id: string | null | undefined };

export type CheckReferencesOptions = { teams?: Ref[]; users?: Ref[]; systems?: Ref[] };

/**
 * Turns dangling references into field errors (422) instead of foreign-key failures. Owners must
 * be active: assigning someone who left is how ownership rots.
 */
export async function checkReferences(tx: Tx, o: CheckReferencesOptions): Promise<void> {
  const ids = (refs: Ref[] = []) => [...new Set(refs.map((r) => r.id).filter((id): id is string => !!id))];
  const [teams, users, systems] = await Promise.all([
    tx.team.findMany({ where: { id: { in: ids(o.teams) } }, select: { id: true } }),
    tx.user.findMany({ where: { id: { in: ids(o.users) } }, select: { id: true, active: true } }),
    tx.system.findMany({ where: { id: { in: ids(o.systems) } }, select: { id: true } }),
  ]);
  const errors: FieldError[] = [];
  const found = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
  const teamIds = found(teams);
  const systemIds = found(systems);
  const userById = new Map(users.map((u) => [u.id, u]));
  for (const r of o.teams ?? []) if (r.id && !teamIds.has(r.id)) errors.push({ path: r.path, message: { key: "unknownTeam" } });
  for (const r of o.systems ?? []) if (r.id && !systemIds.has(r.id)) errors.push({ path: r.path, message: { key: "unknownSystem" } });
  for (const r of o.users ?? []) {
    if (!r.id) continue;
    const user = userById.get(r.id);
    if (!user) errors.push({ path: r.path, message: { key: "unknownUser" } });
    else if (!user.active) errors.push({ path: r.path, message: { key: "userDeactivated" } });
  }
  if (errors.length) throw AppError.validation(errors, { key: "referencesMissing" });
}
