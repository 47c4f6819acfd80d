import "server-only";
import { db } from "@/server/db";

/** The rejected-deliveries log, newest first. */
export async function listRejections({ page, pageSize }: { page: number; pageSize: number }) {
  const [items, total] = await Promise.all([
    db().alertRejection.findMany({ orderBy: [{ at: "desc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db().alertRejection.count(),
  ]);
  return { items, total };
}
