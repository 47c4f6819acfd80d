import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/http/app-error";

/** GET /api/v1/alerts/{id}: one alert as stored. */
export async function getAlert({ id }: { id: string }) {
  const alert = await db().alert.findUnique({ where: { id } });
  if (!alert) throw AppError.notFound("alert");
  return alert;
}
