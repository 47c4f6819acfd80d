import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/http/app-error";
import { idOrKey } from "@/server/shared/list-args";
import { toView, viewSelect } from "./view-select";

export type GetViewOptions = { idOrKey: string };

/** By id or key, so a URL can name a view by its readable key. */
export async function getView(o: GetViewOptions) {
  const view = await db().savedView.findFirst({ where: idOrKey(o.idOrKey), select: viewSelect });
  if (!view) throw AppError.notFound("view");
  return toView(view);
}
