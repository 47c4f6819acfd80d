import "server-only";
import { Prisma } from "@/server/generated/prisma/client";

/**
 * The database's clock as the columns store time (timestamp without time zone, in UTC). All the
 * notifier's due-time comparisons use it, so two instances with skewed clocks agree on what is due.
 */
export const SQL_NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;
