// GET /api/v1/systems/{id}/compliance — the system's results against every standard, what to fix first on top
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZRecordCompliance } from "@/lib/schemas/compliance";
import { getRecordCompliance } from "@/server/compliance/get-record-compliance";

export const GET = handle({
  access: "catalog:read",
  summary: "The system's level, score and results against the standards (id or key)",
  params: z.object({ id: ZId }),
  response: ZRecordCompliance,
  handler: ({ params }) => getRecordCompliance({ subjectType: "SYSTEM", idOrKey: params.id }),
});
