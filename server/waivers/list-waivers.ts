import "server-only";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type { TPage } from "@/lib/schemas/common";
import type { TWaiver, TWaiverListQuery } from "@/lib/schemas/waiver";
import { inFilter, pageArgs } from "@/server/shared/list-args";
import { toWaivers, waiverSelect } from "./waiver-select";

export type ListWaiversOptions = { query: TWaiverListQuery; now?: number };

const DAY_MS = 86_400_000;

/** Newest first; "expiring within N days" lists granted waivers soonest-ending first. */
export async function listWaivers({ query, now = Date.now() }: ListWaiversOptions): Promise<TPage<TWaiver>> {
  const soon = query.expiringWithinDays;
  const where: Prisma.WaiverWhereInput = {
    status: soon !== undefined || query.active ? "APPROVED" : inFilter(query.status),
    standardId: query.standardId,
    subjectType: query.subjectType,
    subjectId: query.subjectId,
    reason: query.q ? { contains: query.q, mode: "insensitive" } : undefined,
    expiresAt: soon !== undefined
      ? { gt: new Date(now), lte: new Date(now + soon * DAY_MS) }
      : query.active === true ? { gt: new Date(now) } : undefined,
  };
  const orderBy: Prisma.WaiverOrderByWithRelationInput[] = soon !== undefined ? [{ expiresAt: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "asc" }];
  const [rows, total] = await Promise.all([
    db().waiver.findMany({ where, select: waiverSelect, orderBy, ...pageArgs(query) }),
    db().waiver.count({ where }),
  ]);
  return { items: await toWaivers(rows, now), total, page: query.page, pageSize: query.pageSize };
}
