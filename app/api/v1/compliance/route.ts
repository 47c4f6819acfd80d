// GET /api/v1/compliance — the compliance matrix (records × standards), or its CSV
import { handle } from "@/server/http/handler";
import { ZComplianceMatrix, ZComplianceQuery } from "@/lib/schemas/compliance";
import { listCompliance } from "@/server/compliance/list-compliance";
import { complianceCsv } from "@/server/compliance/compliance-csv";

export const GET = handle({
  access: "catalog:read",
  summary: "Records × active standards with level, score and each result; filters, sort, paging; format=csv for every row",
  query: ZComplianceQuery,
  response: ZComplianceMatrix,
  handler: async ({ query }) =>
    query.format === "csv" ? complianceCsv(await listCompliance({ query, all: true }), query.subject) : listCompliance({ query }),
});
