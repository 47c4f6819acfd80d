// GET /api/v1/health/systems/{id} — the system's state, since when, its sources, latest job run and at-risk cause
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZRecordHealth } from "@/lib/schemas/health-views";
import { getRecordHealth } from "@/server/health/get-record-health";

export const GET = handle({
  access: "catalog:read",
  summary: "The system's health (id or key): state and since, each source's latest sample, the latest job run, and what puts it at risk",
  params: z.object({ id: ZId }),
  response: ZRecordHealth,
  handler: ({ params }) => getRecordHealth({ subjectType: "SYSTEM", idOrKey: params.id }),
});
