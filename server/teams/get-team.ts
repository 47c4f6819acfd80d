import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/http/app-error";
import { idOrKey } from "@/server/shared/list-args";
import { teamSelect, toTeam } from "./team-select";

export type GetTeamOptions = { idOrKey: string };

export async function getTeam(o: GetTeamOptions) {
  const team = await db().team.findFirst({ where: idOrKey(o.idOrKey), select: teamSelect });
  if (!team) throw AppError.notFound("team");
  return toTeam(team);
}
